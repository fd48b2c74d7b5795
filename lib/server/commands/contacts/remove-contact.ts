import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { RemoveContactInput } from '@/lib/validation/accounts';
import { auditChange } from '@/lib/server/audit';
import { notFound } from '@/lib/server/errors';
import { getContactView, removeContactAtVersion } from '@/lib/db/queries/contacts';
import { checkLinkable, contactConflict } from './shared';
import { assertCan } from '@/lib/server/authorize';

/**
 * Remove a contact / DELETE /api/v1/contacts/{id}?version=: a soft delete — the row stays (leads
 * and history still name it), it leaves the account's list and its deals' power maps. Its links
 * must all be on deals the actor may edit; the removed links are kept in the audit row.
 */
export async function removeContact(db: DbClient, session: AppSession, input: RemoveContactInput) {
  assertCan(session, 'account:edit');
  return db.$transaction(async (tx) => {
    const before = await getContactView(tx, input.contactId);
    if (!before || before.deletedAt) throw notFound();
    if (before.version !== input.version) throw await contactConflict(tx, input.contactId);
    await checkLinkable(tx, session, before.accountId, before.opportunityIds);
    if (!(await removeContactAtVersion(tx, input.contactId, input.version))) throw await contactConflict(tx, input.contactId);
    await auditChange(tx, session, 'contact.remove', 'Contact', input.contactId, {
      before: { name: before.name, opportunityIds: before.opportunityIds, version: before.version },
      after: { removed: true, version: before.version + 1 },
    });
    return (await getContactView(tx, input.contactId))!;
  });
}
