import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { completeActionItemIfOpen, getActionItemWithDeal } from '@/lib/db/queries/postmortem-writes';
import { decideCompletion, mayCompleteActionItem } from '@/lib/domain/postmortems';
import type { CompleteActionItemInput } from '@/lib/validation/postmortems';
import { auditChange } from '../../audit';
import { DomainError, forbidden, notFound } from '../../errors';

/**
 * Mark an action item done with a note. Who: its owner, or a manager of the deal
 * (lib/domain/postmortems mayCompleteActionItem, built on lib/domain/access). Done once: the
 * write is a compare-and-set from "open" (a second close → 409 with the item as it is).
 */
export async function completeActionItem(db: DbClient, session: AppSession, input: CompleteActionItemInput) {
  assertCan(session, 'actionItem:complete');
  const now = new Date();
  return db.$transaction(async (tx) => {
    const item = await getActionItemWithDeal(tx, input.actionItemId);
    if (!item) throw notFound();
    const deal = { ownerId: item.postmortem.opportunity.ownerId, ownerManagerId: item.postmortem.opportunity.owner.managerId };
    if (!mayCompleteActionItem(session, item, deal)) throw forbidden();
    const current = { id: item.id, doneAt: item.doneAt?.toISOString() ?? null, doneNote: item.doneNote };
    if (!decideCompletion(item).ok) throw new DomainError('CONFLICT', 'postmortems.errors.actionDone', { details: current });
    if (!(await completeActionItemIfOpen(tx, item.id, { doneAt: now, doneById: session.userId, doneNote: input.note ?? null })))
      throw new DomainError('CONFLICT', 'postmortems.errors.actionDone', { details: current });
    await auditChange(tx, session, 'actionItem.complete', 'ActionItem', item.id, {
      before: { doneAt: null },
      after: { doneAt: now, note: input.note ?? null },
    });
    return { id: item.id, postmortemId: item.postmortemId, title: item.title, doneAt: now.toISOString(), doneNote: input.note ?? null };
  });
}
