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

// ---- a deal's contacts (create deal, convert lead, add a person to a deal, the decision maker)

/** The deal's contacts. */
export function listOpportunityContacts(db: Db, opportunityId: string) {
  return db.opportunityContact.findMany({
    where: { opportunityId },
    select: { contact: { select: { id: true, name: true, title: true, powerRole: true, email: true, phone: true } } },
  });
}

export type PowerRole = 'DECISION_MAKER' | 'INFLUENCER' | 'CHAMPION' | 'GATEKEEPER' | 'USER';
export type NewContact = {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  powerRole?: PowerRole | null;
};

/** A new contact of the account (the deal commands: create, convert, add to a deal). */
export function insertAccountContact(db: Db, accountId: string, c: NewContact) {
  return db.contact.create({
    data: {
      accountId,
      name: c.name,
      title: c.title ?? null,
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      powerRole: c.powerRole ?? null,
    },
    select: { id: true },
  });
}

/** Put these contacts on the deal (one statement); with `firstIsPrimary` the first one is its primary contact. */
export async function linkContactsToOpportunity(
  db: Db,
  opportunityId: string,
  contactIds: readonly string[],
  opts: { firstIsPrimary: boolean } = { firstIsPrimary: false },
): Promise<void> {
  if (!contactIds.length) return;
  await db.opportunityContact.createMany({
    data: contactIds.map((contactId, i) => ({ opportunityId, contactId, ...(opts.firstIsPrimary ? { isPrimary: i === 0 } : {}) })),
  });
}

/** A new contact of the deal's account, put on the deal. */
export async function addNewContactToOpportunity(db: Db, opp: { id: string; accountId: string }, c: NewContact) {
  const contact = await insertAccountContact(db, opp.accountId, c);
  await linkContactsToOpportunity(db, opp.id, [contact.id]);
  return contact;
}

/** Of these contact ids, the live contacts of the account (with their power role). */
export function listAccountContactsByIds(db: Db, accountId: string, ids: readonly string[]) {
  return db.contact.findMany({ where: { id: { in: [...ids] }, accountId, deletedAt: null }, select: { id: true, powerRole: true } });
}

/** The account's contact with this email, or null. */
export function findAccountContactByEmail(db: Db, accountId: string, email: string) {
  return db.contact.findFirst({ where: { accountId, email } });
}

/** Make a contact already on the deal its decision maker; false when it is not one of the deal's contacts. */
export async function markOpportunityDecisionMaker(db: Db, opportunityId: string, contactId: string): Promise<boolean> {
  const n = await db.contact.updateMany({
    where: { id: contactId, opportunities: { some: { opportunityId } } },
    data: { powerRole: 'DECISION_MAKER', version: { increment: 1 } },
  });
  return n.count > 0;
}
