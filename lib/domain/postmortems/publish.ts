// After publishing (SPEC §5): a published postmortem is the record the lessons library and the
// analytics learn from, so it never changes — a correction is an amendment appended with its
// author and time. Action items are closed with a note by their owner or a manager of the deal.
// Pure: no Prisma, no clock.

import { mayEdit, type Actor, type OwnedRecord } from '../access';
import { err, ok, type Result } from '../result';

/** Only a draft is edited; a published record is final. */
export function canEdit(status: 'DRAFT' | 'PUBLISHED'): Result<true, 'PUBLISHED'> {
  return status === 'DRAFT' ? ok(true) : err('PUBLISHED');
}

/** An amendment is appended only to a published record (a draft is simply edited), with text. */
export function canAmend(status: 'DRAFT' | 'PUBLISHED', body: string): Result<string, 'NOT_PUBLISHED' | 'EMPTY'> {
  if (status !== 'PUBLISHED') return err('NOT_PUBLISHED');
  const text = body.trim();
  return text ? ok(text) : err('EMPTY');
}

/**
 * Who closes an action item: its owner, or a manager of the deal (the deal's owner's manager or an
 * admin — lib/domain/access mayEdit, held by a manager or admin). The deal's rep closes only their own items.
 */
export function mayCompleteActionItem(actor: Actor, item: { ownerId: string | null }, deal: OwnedRecord): boolean {
  if (item.ownerId === actor.userId) return true;
  const manager = actor.roles.includes('SALES_MANAGER') || actor.roles.includes('ADMIN');
  return manager && mayEdit(actor, deal);
}

export function decideCompletion(item: { doneAt: Date | null }): Result<true, 'ALREADY_DONE'> {
  return item.doneAt ? err('ALREADY_DONE') : ok(true);
}

/** Overdue: still open and its due date (YYYY-MM-DD) is before today (YYYY-MM-DD, Korea). */
export function actionItemState(
  item: { dueDate: string | null; doneAt: Date | string | null },
  today: string,
): 'DONE' | 'OVERDUE' | 'OPEN' {
  if (item.doneAt) return 'DONE';
  return item.dueDate && item.dueDate < today ? 'OVERDUE' : 'OPEN';
}
