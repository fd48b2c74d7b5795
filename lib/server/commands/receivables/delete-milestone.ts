import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { removeMilestoneAtVersion } from '@/lib/db/queries/receivables';
import { koreaToday } from '@/lib/domain/time/korea';
import type { DeleteMilestoneInput } from '@/lib/validation/receivables';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, loadMilestoneForChange, conflictWith, auditMilestone } from './shared';

/** DELETE /api/v1/payment-milestones/{id}?version= and the editor's "delete". */
export async function deleteMilestone(db: DbClient, session: AppSession, input: DeleteMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const { before } = await loadMilestoneForChange(tx, session, input, today);
    if (!(await removeMilestoneAtVersion(tx, before.id, input.version))) throw await conflictWith(tx, before.id, today);
    await auditMilestone(tx, session, 'receivable.milestone.delete', before.id, { before: milestoneView(before, today) });
    return { id: before.id, deleted: true };
  });
}
