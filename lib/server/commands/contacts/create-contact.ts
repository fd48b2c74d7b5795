import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { CreateContactInput } from '@/lib/validation/accounts';
import { auditChange } from '@/lib/server/audit';
import { notFound } from '@/lib/server/errors';
import { accountExists } from '@/lib/db/queries/accounts';
import { getContactView, insertContact } from '@/lib/db/queries/contacts';
import { checkLinkable, normalizeContactKeys } from './shared';
import { assertCan } from '@/lib/server/authorize';

/** "+ 담당자" on the account page / POST /api/v1/contacts, optionally on some of the account's deals. */
export async function createContact(db: DbClient, session: AppSession, input: CreateContactInput) {
  assertCan(session, 'account:edit');
  const { accountId, opportunityIds = [], email, phone, ...fields } = input;
  const keys = normalizeContactKeys(session, { email, phone });
  return db.$transaction(async (tx) => {
    if (!(await accountExists(tx, accountId))) throw notFound();
    const ids = [...new Set(opportunityIds)];
    await checkLinkable(tx, session, accountId, ids);
    const id = await insertContact(tx, { accountId, ...fields, email: keys.email ?? null, phone: keys.phone ?? null }, ids);
    const view = (await getContactView(tx, id))!;
    await auditChange(tx, session, 'contact.create', 'Contact', id, { after: view });
    return view;
  });
}
