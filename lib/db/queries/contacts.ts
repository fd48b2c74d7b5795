import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Prisma } from '@/lib/db/generated/client';

// An account's contacts (lib/server/commands/contacts) and their links to the account's deals.

const CONTACT_SELECT = {
  id: true,
  accountId: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  powerRole: true,
  stance: true,
  power: true,
  personaNotes: true,
  version: true,
  deletedAt: true,
  opportunities: { select: { opportunityId: true } },
} as const;

/** A contact as the commands answer it: its fields, `deletedAt` as ISO text and the ids of the deals it is on. */
export async function getContactView(db: Db, id: string) {
  const c = await db.contact.findUnique({ where: { id }, select: CONTACT_SELECT });
  if (!c) return null;
  const { opportunities, deletedAt, ...rest } = c;
  return { ...rest, deletedAt: deletedAt?.toISOString() ?? null, opportunityIds: opportunities.map((o) => o.opportunityId) };
}

/** Of `ids`, those that are opportunities of the account the actor may edit (lib/db/access). */
export async function editableOpportunityIdsOfAccount(db: Db, session: AppSession, accountId: string, ids: string[]) {
  const rows = await db.opportunity.findMany({
    where: { id: { in: ids }, accountId, ...editableOpportunityWhere(session) },
    select: { id: true },
  });
  return new Set(rows.map((o) => o.id));
}

/** A new contact on the account, linked to `opportunityIds`; its id. */
export async function insertContact(db: Db, data: Prisma.ContactUncheckedCreateInput, opportunityIds: readonly string[]) {
  const c = await db.contact.create({ data, select: { id: true } });
  await linkContact(db, c.id, opportunityIds);
  return c.id;
}

/**
 * Compare-and-set write of a contact's fields (version + 1) and of its links (removed, added);
 * false (nothing written) when the version moved on or the contact is removed.
 */
export async function updateContactAtVersion(
  db: Db,
  id: string,
  version: number,
  data: Prisma.ContactUpdateManyMutationInput,
  links: { add?: readonly string[]; remove?: readonly string[] } = {},
): Promise<boolean> {
  const { count } = await db.contact.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) return false;
  if (links.remove?.length) await db.opportunityContact.deleteMany({ where: { contactId: id, opportunityId: { in: [...links.remove] } } });
  await linkContact(db, id, links.add ?? []);
  return true;
}

/** Soft delete (the row stays: leads and history name it) and drop every link; false when the version moved on. */
export async function removeContactAtVersion(db: Db, id: string, version: number): Promise<boolean> {
  const { count } = await db.contact.updateMany({
    where: { id, version, deletedAt: null },
    data: { deletedAt: new Date(), version: { increment: 1 } },
  });
  if (count !== 1) return false;
  await db.opportunityContact.deleteMany({ where: { contactId: id } });
  return true;
}

async function linkContact(db: Db, contactId: string, opportunityIds: readonly string[]) {
  if (opportunityIds.length)
    await db.opportunityContact.createMany({ data: opportunityIds.map((opportunityId) => ({ opportunityId, contactId })) });
}
