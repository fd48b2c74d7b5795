import 'server-only';
import { escapeLike } from '@/lib/domain/search/normalize';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { ExpertKind } from '@/lib/validation/experts';

// Expert network (issue 12 item 4): experts, their search (ILIKE over the trigram index
// "Expert_search_trgm_idx" — the same expression as expertSearchExpr), their links to the deals they
// helped and the outcomes of those deals (the win rate is lib/domain/tools/expert-record.ts).

/** The indexed expression (Expert_search_trgm_idx), its columns qualified by `alias`. */
export const expertSearchExpr = (alias: string) =>
  `(${alias}."name" || ' ' || ${alias}."field" || ' ' || coalesce(${alias}."organization", ''))`;

export const expertSelect = {
  id: true,
  name: true,
  internal: true,
  userId: true,
  user: { select: { name: true } },
  field: true,
  organization: true,
  email: true,
  phone: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.ExpertSelect;
export type ExpertRow = Prisma.ExpertGetPayload<{ select: typeof expertSelect }>;

export function getExpertRow(db: Db, id: string) {
  return db.expert.findUnique({ where: { id }, select: expertSelect });
}

export function insertExpert(db: Db, data: Prisma.ExpertUncheckedCreateInput) {
  return db.expert.create({ data, select: expertSelect });
}

/** Compare-and-set update: false when the version moved on. */
export async function writeExpert(db: Db, id: string, version: number, data: Prisma.ExpertUncheckedUpdateManyInput) {
  const { count } = await db.expert.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** An enabled user (the internal expert's Tierline account). */
export function getActiveUserName(db: Db, id: string) {
  return db.user.findFirst({ where: { id, disabledAt: null }, select: { id: true, name: true } });
}

export type ExpertFilter = { q?: string; kind?: ExpertKind; field?: string; limit: number };
export type ExpertListRow = {
  id: string;
  name: string;
  internal: boolean;
  userId: string | null;
  userName: string | null;
  field: string;
  organization: string | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  open: number;
  won: number;
  lost: number;
  other: number;
};

/** The list page, GET /api/v1/experts and its export: q is a substring of name, field or organisation; with outcome counts of the linked deals. */
export function listExperts(db: Db, f: ExpertFilter): Promise<ExpertListRow[]> {
  const where: Prisma.Sql[] = [];
  if (f.q) where.push(Prisma.sql`${Prisma.raw(expertSearchExpr('e'))} ILIKE ${`%${escapeLike(f.q)}%`}`);
  if (f.kind) where.push(Prisma.sql`e.internal = ${f.kind === 'INTERNAL'}`);
  if (f.field) where.push(Prisma.sql`e.field = ${f.field}`);
  return db.$queryRaw<ExpertListRow[]>`
    SELECT e.id, e.name, e.internal, e."userId", u.name AS "userName", e.field, e.organization, e.email, e.phone, e.notes,
           e."createdAt", e."updatedAt", e.version,
           count(o.id) FILTER (WHERE o.outcome = 'OPEN')::int AS open,
           count(o.id) FILTER (WHERE o.outcome = 'WON')::int AS won,
           count(o.id) FILTER (WHERE o.outcome = 'LOST')::int AS lost,
           count(o.id) FILTER (WHERE o.outcome IN ('DROPPED', 'NO_BID'))::int AS other
    FROM (SELECT * FROM "Expert" e ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
          ORDER BY e.name, e.id LIMIT ${f.limit}) e
    LEFT JOIN "User" u ON u.id = e."userId"
    LEFT JOIN "OpportunityExpert" oe ON oe."expertId" = e.id
    LEFT JOIN "Opportunity" o ON o.id = oe."opportunityId"
    GROUP BY e.id, e.name, e.internal, e."userId", u.name, e.field, e.organization, e.email, e.phone, e.notes, e."createdAt", e."updatedAt", e.version
    ORDER BY e.name, e.id`;
}

/** The domains in use (the list's filter). */
export async function listExpertFields(db: Db): Promise<string[]> {
  const rows = await db.expert.findMany({ distinct: ['field'], select: { field: true }, orderBy: { field: 'asc' }, take: 500 });
  return rows.map((r) => r.field);
}

/** The pickers' options (id, name, field), by name. */
export function listExpertOptions(db: Db, take = 500) {
  return db.expert.findMany({
    select: { id: true, name: true, field: true, organization: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take,
  });
}

export type ExpertDealRow = {
  id: string;
  name: string;
  accountName: string;
  outcome: string;
  amount: string | null;
  closedAt: Date | null;
  role: string | null;
  note: string | null;
  linkedAt: Date;
};

/** The expert's deal history (most recent first): the deal, its account and outcome, what the expert did there. */
export function listExpertDeals(db: Db, expertId: string, limit = 500) {
  return db.$queryRaw<ExpertDealRow[]>`
    SELECT o.id, o.name, a.name AS "accountName", o.outcome::text AS outcome, o.amount::text AS amount, o."closedAt",
           oe.role, oe.note, oe."createdAt" AS "linkedAt"
    FROM "OpportunityExpert" oe
    JOIN "Opportunity" o ON o.id = oe."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    WHERE oe."expertId" = ${expertId}::uuid
    ORDER BY o."closedAt" DESC NULLS FIRST, oe."createdAt" DESC, o.id
    LIMIT ${limit}`;
}

// ---- an opportunity's experts ----

export type OpportunityExpertRow = {
  expertId: string;
  name: string;
  internal: boolean;
  field: string;
  organization: string | null;
  role: string | null;
  note: string | null;
  createdAt: Date;
  createdByName: string | null;
};

export async function listOpportunityExperts(db: Db, opportunityId: string): Promise<OpportunityExpertRow[]> {
  const rows = await db.opportunityExpert.findMany({
    where: { opportunityId },
    select: {
      expertId: true,
      role: true,
      note: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      expert: { select: { name: true, internal: true, field: true, organization: true } },
    },
    orderBy: [{ expert: { name: 'asc' } }, { expertId: 'asc' }],
  });
  return rows.map((r) => ({
    expertId: r.expertId,
    name: r.expert.name,
    internal: r.expert.internal,
    field: r.expert.field,
    organization: r.expert.organization,
    role: r.role,
    note: r.note,
    createdAt: r.createdAt,
    createdByName: r.createdBy?.name ?? null,
  }));
}

export function upsertOpportunityExpert(
  db: Db,
  link: { opportunityId: string; expertId: string; createdById: string },
  data: { role?: string | null; note?: string | null },
) {
  return db.opportunityExpert.upsert({
    where: { opportunityId_expertId: { opportunityId: link.opportunityId, expertId: link.expertId } },
    create: { ...link, ...data },
    update: data,
  });
}

export function getOpportunityExpert(db: Db, opportunityId: string, expertId: string) {
  return db.opportunityExpert.findUnique({
    where: { opportunityId_expertId: { opportunityId, expertId } },
    select: { role: true, note: true },
  });
}

export async function deleteOpportunityExpert(db: Db, opportunityId: string, expertId: string) {
  const { count } = await db.opportunityExpert.deleteMany({ where: { opportunityId, expertId } });
  return count === 1;
}
