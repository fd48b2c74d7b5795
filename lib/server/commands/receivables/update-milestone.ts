import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { compareAmounts } from '@/lib/domain/receivables/rules';
import { koreaToday } from '@/lib/domain/time/korea';
import type { UpdateMilestoneInput } from '@/lib/validation/receivables';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, scheduleError, loadMilestoneForChange, changeMilestone, checkAmounts, auditMilestone } from './shared';

/** PATCH /api/v1/payment-milestones/{id}: kind, amount, due date (with `version`). */
export async function updateMilestone(db: DbClient, session: AppSession, input: UpdateMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const { before, deal } = await loadMilestoneForChange(tx, session, input, today);
    const amount = input.amount ?? before.amount.toString();
    checkAmounts(session, deal, { id: before.id, amount });
    const collected = before.collectedAmount?.toString() ?? '0';
    if (compareAmounts(collected, amount) > 0)
      throw scheduleError(session, { code: 'COLLECTED_EXCEEDS_AMOUNT', amount, collected }, 'amount');
    const fully = compareAmounts(collected, amount) === 0;
    const dueDate = input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : undefined;
    const collectedAt = fully ? (before.collectedAt ?? now) : null;
    const after = milestoneView(
      await changeMilestone(tx, before.id, input.version, { kind: input.kind, amount, dueDate, collectedAt }, today),
      today,
    );
    await auditMilestone(tx, session, 'receivable.milestone.update', before.id, { before: milestoneView(before, today), after });
    return after;
  });
}
