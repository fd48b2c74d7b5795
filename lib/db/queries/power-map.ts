import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { PowerMapPersonItem } from '@/lib/validation/power-map';

// Power map reads and writes (issue #12 item 1): the people on a deal (OpportunityContact) with
// their stance, power, decision role, manager and our relationship owner, all on Contact.

const PERSON_SELECT = {
  id: true,
  name: true,
  title: true,
  powerRole: true,
  stance: true,
  power: true,
  reportsToId: true,
  reportsTo: { select: { name: true, deletedAt: true } },
  relationshipOwnerId: true,
  relationshipOwner: { select: { name: true } },
  version: true,
} as const satisfies Prisma.ContactSelect;

type PersonRow = Prisma.ContactGetPayload<{ select: typeof PERSON_SELECT }>;

function toItem(c: PersonRow): PowerMapPersonItem {
  const managerGone = !c.reportsTo || c.reportsTo.deletedAt !== null;
  return {
    contactId: c.id,
    name: c.name,
    title: c.title,
    powerRole: c.powerRole,
    stance: c.stance,
    power: c.power,
    reportsToId: managerGone ? null : c.reportsToId,
    reportsToName: managerGone ? null : c.reportsTo!.name,
    relationshipOwnerId: c.relationshipOwnerId,
    relationshipOwnerName: c.relationshipOwner?.name ?? null,
    version: c.version,
  };
}

/**
 * The people on one deal's map (removed contacts left out), by name: one statement (the manager's
 * and the owner's names joined in), the same items as toItem makes of the Prisma rows.
 */
export async function listOpportunityPowerMap(db: Db, opportunityId: string): Promise<PowerMapPersonItem[]> {
  const rows = await db.$queryRaw<(Omit<PersonRow, 'reportsTo' | 'relationshipOwner'> & RelatedNames)[]>`
    SELECT c.id, c.name, c.title, c."powerRole"::text AS "powerRole", c.stance::text AS stance, c.power, c."reportsToId",
      m.name AS "reportsToName", m."deletedAt" AS "reportsToDeletedAt",
      c."relationshipOwnerId", u.name AS "relationshipOwnerName", c.version
    FROM "OpportunityContact" oc
    JOIN "Contact" c ON c.id = oc."contactId"
    LEFT JOIN "Contact" m ON m.id = c."reportsToId"
    LEFT JOIN "User" u ON u.id = c."relationshipOwnerId"
    WHERE oc."opportunityId" = ${opportunityId}::uuid AND c."deletedAt" IS NULL
    ORDER BY c.name ASC, c.id ASC`;
  return rows.map(({ reportsToName, reportsToDeletedAt, relationshipOwnerName, ...c }) =>
    toItem({
      ...c,
      reportsTo: reportsToName === null ? null : { name: reportsToName, deletedAt: reportsToDeletedAt },
      relationshipOwner: relationshipOwnerName === null ? null : { name: relationshipOwnerName },
    }),
  );
}
type RelatedNames = { reportsToName: string | null; reportsToDeletedAt: Date | null; relationshipOwnerName: string | null };

/** The union over an account's deals: everyone on any of its deals' maps, once. */
export async function listAccountPowerMap(db: Db, accountId: string): Promise<PowerMapPersonItem[]> {
  const rows = await db.contact.findMany({
    where: { accountId, deletedAt: null, opportunities: { some: {} } },
    select: PERSON_SELECT,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toItem);
}

export async function getPowerMapPerson(db: Db, contactId: string): Promise<PowerMapPersonItem | null> {
  const row = await db.contact.findUnique({ where: { id: contactId }, select: PERSON_SELECT });
  return row ? toItem(row) : null;
}

/**
 * Serialises power-map edits of one account (the cycle check reads the whole reports-to forest):
 * a row lock on the account that does not block inserts referencing it.
 */
export async function lockAccountForPowerMap(db: Db, accountId: string) {
  await db.$queryRaw`SELECT id FROM "Account" WHERE id = ${accountId}::uuid FOR NO KEY UPDATE`;
}

/** The account's living contacts as the reports-to forest, and the one edited with its deal link. */
export async function loadReportsToForest(db: Db, accountId: string) {
  return db.contact.findMany({ where: { accountId, deletedAt: null }, select: { id: true, reportsToId: true } });
}

export async function contactOnOpportunity(db: Db, opportunityId: string, contactId: string) {
  return db.contact.findFirst({
    where: { id: contactId, deletedAt: null, opportunities: { some: { opportunityId } } },
    select: { id: true, version: true, reportsToId: true, stance: true, power: true, powerRole: true, relationshipOwnerId: true },
  });
}

export async function activeUserExists(db: Db, userId: string) {
  return (await db.user.count({ where: { id: userId, disabledAt: null } })) === 1;
}

export type PowerMapFields = Partial<{
  reportsToId: string | null;
  stance: 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | null;
  power: number | null;
  powerRole: 'DECISION_MAKER' | 'INFLUENCER' | 'CHAMPION' | 'GATEKEEPER' | 'USER' | null;
  relationshipOwnerId: string | null;
}>;

/** Compare-and-set on version; false when someone else wrote first. */
export async function updatePowerMapFields(db: Db, contactId: string, version: number, data: PowerMapFields) {
  const { count } = await db.contact.updateMany({ where: { id: contactId, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export async function createPowerMapPerson(
  db: Db,
  input: { accountId: string; opportunityId: string; name: string; title: string | null } & PowerMapFields,
) {
  const { opportunityId, ...data } = input;
  const c = await db.contact.create({ data, select: { id: true } });
  await db.opportunityContact.create({ data: { opportunityId, contactId: c.id } });
  return c.id;
}

export function contactNames(db: Db, ids: string[]) {
  return db.contact.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
}

export async function accountExists(db: Db, accountId: string) {
  return (await db.account.count({ where: { id: accountId } })) === 1;
}
