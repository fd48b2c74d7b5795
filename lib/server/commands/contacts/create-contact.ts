import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { CreateContactInput } from '@/lib/validation/accounts';
import { audit } from '@/lib/server/audit';
import { notFound } from '@/lib/server/errors';
import { checkLinkable, contactView, normalizeContactKeys } from './shared';
import { assertCan } from '@/lib/server/authorize';

/** "+ 담당자" on the account page / POST /api/v1/contacts, optionally on some of the account's deals. */
export async function createContact(db: DbClient, session: AppSession, input: CreateContactInput) {
  assertCan(session, 'account:edit');
  const { accountId, opportunityIds = [], email, phone, ...fields } = input;
  const keys = normalizeContactKeys(session, { email, phone });
  return db.$transaction(async (tx) => {
    if (!(await tx.account.findUnique({ where: { id: accountId }, select: { id: true } }))) throw notFound();
    const ids = [...new Set(opportunityIds)];
    await checkLinkable(tx, session, accountId, ids);
    const c = await tx.contact.create({
      data: { accountId, ...fields, email: keys.email ?? null, phone: keys.phone ?? null },
      select: { id: true },
    });
    if (ids.length) await tx.opportunityContact.createMany({ data: ids.map((opportunityId) => ({ opportunityId, contactId: c.id })) });
    const view = (await contactView(tx, c.id))!;
    await audit(tx, { actorId: session.userId, action: 'contact.create', entityType: 'Contact', entityId: c.id, after: view });
    return view;
  });
}
