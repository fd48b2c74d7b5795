import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { checkCollection, compareAmounts } from '@/lib/domain/receivables/rules';
import { koreaToday, startOfKoreanDay } from '@/lib/domain/time/korea';
import { translateError } from '@/lib/i18n/translate';
import type { CollectMilestoneInput } from '@/lib/validation/receivables';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, scheduleError, isFinanceMember, loadMilestoneForChange, changeMilestone, auditMilestone } from './shared';

/**
 * POST /api/v1/payment-milestones/{id}/collect { collectedAmount, collectedOn, version }: the
 * total collected so far. Equal to the amount → collected (collectedAt = that day, 00:00 in Korea);
 * less → partially collected (collectedAt stays empty; the date is kept in the audit row); 0 → undo.
 */
export async function collectMilestone(db: DbClient, session: AppSession, input: CollectMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:collect');
  // the rep side on their own / team's deals (receivable:edit); the finance VRB member on any won deal
  const unscoped = isFinanceMember(session);
  if (!unscoped) assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const { before } = await loadMilestoneForChange(tx, session, input, today, unscoped);
    const r = checkCollection(before.amount.toString(), input.collectedAmount, input.collectedOn, today);
    if (!r.ok) throw scheduleError(session, r.error);
    // once invoiced, a milestone collects at most what was invoiced (collected ≤ invoiced ≤ amount)
    if (before.invoicedAmount !== null && compareAmounts(input.collectedAmount, before.invoicedAmount.toString()) > 0)
      throw new DomainError('VALIDATION', 'vrb.errors.collectedOverInvoiced', {
        fields: [{ path: 'collectedAmount', message: translateError(session.locale, 'vrb.errors.collectedOverInvoiced') }],
      });
    const zero = compareAmounts(input.collectedAmount, '0') === 0;
    const written = await changeMilestone(
      tx,
      before.id,
      input.version,
      {
        collectedAmount: zero ? null : input.collectedAmount,
        collectedAt: r.value.fullyCollected ? startOfKoreanDay(input.collectedOn) : null,
      },
      today,
    );
    const after = milestoneView(written, today);
    await auditMilestone(tx, session, 'receivable.milestone.collect', before.id, {
      before: milestoneView(before, today),
      after: { ...after, collectedOn: input.collectedOn },
    });
    return after;
  });
}
