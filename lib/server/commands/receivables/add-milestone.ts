import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { appendMilestone } from '@/lib/db/queries/receivables';
import { koreaToday } from '@/lib/domain/time/korea';
import type { AddMilestoneInput } from '@/lib/validation/receivables';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, lockEditableDeal, checkAmounts, auditMilestone } from './shared';

/** POST /api/v1/opportunities/{id}/payment-milestones and the editor's "add". */
export async function addMilestone(db: DbClient, session: AppSession, input: AddMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const deal = await lockEditableDeal(tx, session, input.opportunityId);
    checkAmounts(session, deal, { amount: input.amount });
    const m = await appendMilestone(tx, { opportunityId: deal.id, kind: input.kind, amount: input.amount, dueDate: input.dueDate });
    const view = milestoneView(m, today);
    await auditMilestone(tx, session, 'receivable.milestone.create', m.id, { after: view });
    return view;
  });
}
