import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity, getOpportunity, snoozeOpportunityStall } from '@/lib/db/queries/opportunities';
import { decideSnooze, type Tier } from '@/lib/domain/tiers';
import type { snoozeStallSchema } from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { serializeOpportunity } from './serialize';
import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

/** Snooze a stall flag once per tier entry, with a reason and a date. */
export async function snoozeStall(db: DbClient, session: AppSession, input: z.infer<typeof snoozeStallSchema>) {
  assertCan(session, 'tier:snooze');
  const settings = await getSettings(db);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw await opportunityRefusal(tx, input.opportunityId);
    const d = decideSnooze(
      {
        tier: opp.tier as Tier,
        tierEnteredAt: opp.tierEnteredAt,
        stallSnoozedAt: opp.stallSnoozedAt,
        stallSnoozedUntil: opp.stallSnoozedUntil,
      },
      { until: new Date(input.until), reason: input.reason },
      settings.stallThresholds,
      now,
    );
    if (!d.ok) {
      const key = {
        NOT_STALLED: 'notStalled',
        ALREADY_SNOOZED: 'alreadySnoozed',
        BAD_DATE: 'badSnoozeDate',
        REASON_REQUIRED: 'validation',
      }[d.error.code];
      throw new DomainError(
        d.error.code === 'BAD_DATE' || d.error.code === 'REASON_REQUIRED' ? 'VALIDATION' : 'UNPROCESSABLE',
        `tiers.errors.${key}`,
      );
    }
    // no version bump: the snooze is not an edit of the deal's fields
    await snoozeOpportunityStall(tx, opp.id, { at: now, until: d.value.until, reason: input.reason });
    await auditChange(tx, session, 'opportunity.stall.snooze', 'Opportunity', opp.id, {
      after: { until: input.until, reason: input.reason },
    });
    return serializeOpportunity((await getOpportunity(tx, opp.id))!, settings.horizonBounds, now);
  });
}
