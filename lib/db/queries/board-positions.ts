import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { editableOpportunityWhere } from '@/lib/db/access';

// A card's place in its board column (Opportunity.position, a float between its neighbours) — the
// reads and writes of the reorder command, run inside its transaction.

/** The card if the user may edit it ("not found" and "not yours" look the same). */
export function getEditableCardPosition(db: Db, session: Pick<AppSession, 'userId' | 'roles'>, id: string) {
  return db.opportunity.findFirst({
    where: { id, ...editableOpportunityWhere(session) },
    select: { id: true, tier: true, outcome: true, position: true },
  });
}

/** The cards' tiers and positions, rows locked (two reorders next to each other cannot pick the same spot). */
export function lockCardPositions(db: Db, ids: string[]) {
  return db.$queryRaw<{ id: string; tier: number; position: number }[]>`
    SELECT id, tier::int AS tier, position FROM "Opportunity" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** The first position below `above` in the open column of `tier`, other than the card itself. */
export async function nextPositionBelow(db: Db, tier: number, above: number, exceptId: string): Promise<number | null> {
  const next = await db.$queryRaw<{ p: number | null }[]>`
    SELECT min(position) AS p FROM "Opportunity" WHERE tier = ${tier}::smallint AND outcome = 'OPEN' AND position > ${above}::float8 AND id <> ${exceptId}::uuid`;
  return next[0]?.p ?? null;
}

/** Renumber the open column of `tier` 1, 2, 3… in its current order. */
export async function renumberColumn(db: Db, tier: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "Opportunity" o SET position = r.n
      FROM (SELECT id, row_number() OVER (ORDER BY position, "tierEnteredAt", id)::float8 AS n FROM "Opportunity" WHERE tier = ${tier}::smallint AND outcome = 'OPEN') r
     WHERE o.id = r.id`;
}

export async function setCardPosition(db: Db, id: string, position: number): Promise<void> {
  await db.$executeRaw`UPDATE "Opportunity" SET position = ${position}::float8 WHERE id = ${id}::uuid`;
}
