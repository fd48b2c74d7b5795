import 'server-only';
import type { z } from '@/lib/validation/z';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import {
  getEditableCardPosition,
  lockCardPositions,
  nextPositionBelow,
  renumberColumn,
  setCardPosition,
} from '@/lib/db/queries/board-positions';
import { positionBetween } from '@/lib/domain/tiers/position';
import type { reorderSchema } from '@/lib/validation/opportunities';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

/**
 * Place a card between its new neighbours in its board column (the board's drag within a column,
 * Alt+↑/↓, and POST /api/v1/opportunities/{id}/position). Writes one row — the order is not a
 * field of the deal, so no version bump: a concurrent edit is not a conflict. When no float fits
 * between the neighbours, the column is renumbered once (same order, even steps).
 */
export async function reorderOpportunity(db: DbClient, session: AppSession, input: z.infer<typeof reorderSchema>) {
  assertCan(session, 'tier:move');
  return db.$transaction(async (tx) => {
    const opp = await getEditableCardPosition(tx, session, input.opportunityId);
    if (!opp) throw await opportunityRefusal(tx, input.opportunityId);
    if (opp.tier === 0) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reorderClosed');
    const ids = [input.aboveId, input.belowId].filter((x): x is string => !!x);
    // lock the column's rows we read, so two reorders next to each other cannot pick the same spot
    const neighbours = await lockCardPositions(tx, ids);
    if (neighbours.length !== ids.length) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reorderNeighbourMissing');
    if (neighbours.some((n) => n.tier !== opp.tier)) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reorderOtherColumn');
    const pos = (id: string | null | undefined) => (id ? neighbours.find((n) => n.id === id)!.position : null);
    let above = pos(input.aboveId);
    let below = pos(input.belowId);
    if (above !== null && below !== null && above >= below) {
      // the board was stale (someone reordered meanwhile): keep "right below the card above"
      below = await nextPositionBelow(tx, opp.tier, above, opp.id);
    }
    let position = positionBetween(above, below);
    if (position === null) {
      // neighbours out of order (a stale board) or too close: renumber the column, then place
      await renumberColumn(tx, opp.tier);
      const again = await lockCardPositions(tx, ids);
      above = input.aboveId ? again.find((n) => n.id === input.aboveId)!.position : null;
      below = input.belowId ? again.find((n) => n.id === input.belowId)!.position : null;
      position = positionBetween(above, below);
      if (position === null) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reorderNeighbourOrder');
    }
    await setCardPosition(tx, opp.id, position);
    await auditChange(tx, session, 'opportunity.reorder', 'Opportunity', opp.id, {
      before: { position: opp.position },
      after: { position, aboveId: input.aboveId ?? null, belowId: input.belowId ?? null },
    });
    return { id: opp.id, tier: opp.tier, position };
  });
}
export type ReorderResult = Awaited<ReturnType<typeof reorderOpportunity>>;
