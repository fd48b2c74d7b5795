import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { UpdateContactInput } from '@/lib/validation/accounts';
import { auditChange } from '@/lib/server/audit';
import { DomainError, notFound } from '@/lib/server/errors';
import { getContactView, updateContactAtVersion } from '@/lib/db/queries/contacts';
import { checkLinkable, contactConflict, normalizeContactKeys } from './shared';
import { assertCan } from '@/lib/server/authorize';

/**
 * Edit a contact / PATCH /api/v1/contacts/{id}: the fields sent, and (with `opportunityIds`) the
 * set of the account's deals it is on — links added or removed only on deals the actor may edit.
 * `version` CAS → 409 with the current contact. A removed contact is not edited.
 */
export async function updateContact(db: DbClient, session: AppSession, input: UpdateContactInput) {
  assertCan(session, 'account:edit');
  const { contactId, version, opportunityIds, email, phone, ...fields } = input;
  const keys = normalizeContactKeys(session, { email, phone });
  return db.$transaction(async (tx) => {
    const before = await getContactView(tx, contactId);
    if (!before) throw notFound();
    if (before.version !== version) throw await contactConflict(tx, contactId);
    if (before.deletedAt) throw new DomainError('UNPROCESSABLE', 'accounts.errors.contactRemoved');
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries({ ...fields, ...keys })) if (v !== undefined) data[k] = v;
    const changed = Object.keys(data).filter((k) => (before as Record<string, unknown>)[k] !== data[k]);
    let add: string[] = [];
    let remove: string[] = [];
    if (opportunityIds) {
      const want = new Set(opportunityIds);
      add = [...want].filter((i) => !before.opportunityIds.includes(i));
      remove = before.opportunityIds.filter((i) => !want.has(i));
      await checkLinkable(tx, session, before.accountId, [...add, ...remove]);
    }
    if (!changed.length && !add.length && !remove.length) return before;
    if (!(await updateContactAtVersion(tx, contactId, version, data, { add, remove }))) throw await contactConflict(tx, contactId);
    await auditChange(tx, session, 'contact.update', 'Contact', contactId, {
      before: {
        ...Object.fromEntries(changed.map((k) => [k, (before as Record<string, unknown>)[k]])),
        version,
        ...(opportunityIds ? { opportunityIds: before.opportunityIds } : {}),
      },
      after: {
        ...Object.fromEntries(changed.map((k) => [k, data[k]])),
        version: version + 1,
        ...(opportunityIds ? { opportunityIds } : {}),
      },
    });
    return (await getContactView(tx, contactId))!;
  });
}
