import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { writeMilestone } from '@/lib/db/queries/receivables';
import { compareAmounts } from '@/lib/domain/receivables/rules';
import { koreaToday } from '@/lib/domain/time/korea';
import type { UpdateMilestoneInput } from '@/lib/validation/receivables';
import { audit } from '../../audit';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, scheduleError, lockEditableDeal, loadMilestone, conflictWith, checkAmounts } from './shared';

/** PATCH /api/v1/payment-milestones/{id}: kind, amount, due date (with `version`). */
export async function updateMilestone(db: DbClient, session: AppSession, input: UpdateMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const before = await loadMilestone(tx, session, input.id);
    const deal = await lockEditableDeal(tx, session, before.opportunityId);
    if (before.version !== input.version) throw await conflictWith(tx, before.id, today);
    const amount = input.amount ?? before.amount.toString();
    checkAmounts(session, deal, { id: before.id, amount });
    const collected = before.collectedAmount?.toString() ?? '0';
    if (compareAmounts(collected, amount) > 0)
      throw scheduleError(session, { code: 'COLLECTED_EXCEEDS_AMOUNT', amount, collected }, 'amount');
    const fully = compareAmounts(collected, amount) === 0;
    const written = await writeMilestone(tx, before.id, input.version, {
      kind: input.kind,
      amount,
      dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : undefined,
      collectedAt: fully ? (before.collectedAt ?? now) : null,
    });
    if (!written) throw await conflictWith(tx, before.id, today);
    const after = milestoneView(written, today);
    await audit(tx, {
      actorId: session.userId,
      action: 'receivable.milestone.update',
      entityType: 'PaymentMilestone',
      entityId: before.id,
      before: milestoneView(before, today),
      after,
    });
    return after;
  });
}
