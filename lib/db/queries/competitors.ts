import 'server-only';
import { escapeLike } from '@/lib/domain/search/normalize';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AgainstResult, RecordRow } from '@/lib/domain/tools/competitor-record';

// Competitors (issue 12 item 2): profiles, their links to opportunities with our position, and
// their record against us from closed deals.

export const competitorSelect = {
  id: true,
  name: true,
  strengths: true,
  weaknesses: true,
  pricingHabits: true,
  typicalPartners: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.CompetitorSelect;
export type CompetitorRow = Prisma.CompetitorGetPayload<{ select: typeof competitorSelect }>;

export function getCompetitorRow(db: Db, id: string) {
  return db.competitor.findUnique({ where: { id }, select: competitorSelect });
}

/** The competitor whose dedupe key (lib/domain/tools/competitor-name.ts; the trigger keeps the column) is `nameKey`. */
export function findCompetitorByKey(db: Db, nameKey: string) {
  return db.competitor.findUnique({ where: { nameKey }, select: competitorSelect });
}

export function insertCompetitor(db: Db, data: Omit<Prisma.CompetitorCreateInput, 'nameKey'>) {
  return db.competitor.create({ data, select: competitorSelect });
}

/** Compare-and-set update: false when the version moved on. */
export async function writeCompetitor(db: Db, id: string, version: number, data: Prisma.CompetitorUpdateManyMutationInput) {
  const { count } = await db.competitor.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** The list page and GET /api/v1/competitors: by name, spaces and case aside (substring of the dedupe key). */
export function listCompetitors(db: Db, opts: { qKey?: string; limit: number }): Promise<CompetitorRow[]> {
  return db.competitor.findMany({
    where: opts.qKey ? { nameKey: { contains: opts.qKey } } : {},
    select: competitorSelect,
    orderBy: { name: 'asc' },
    take: opts.limit,
  });
}

/** A competitor's pickers' options (id, name), by name. */
export function listCompetitorNames(db: Db, take = 500) {
  return db.competitor.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' }, take });
}

/**
 * The record against us, grouped by business category and result (lib/domain/tools/competitor-record.ts
 * `resultAgainst`, the same classes in SQL): every CLOSED deal that listed the competitor or was lost
 * to it. Amount: the contract amount when won and known, else the deal amount. Each faced deal is
 * read index-only from Opportunity_closed_record_idx (20261205235000_competitor_record_idx): at 1M
 * deals the most-faced competitor met ~12,600, which a sequential scan of the table took 0.9–1.9 s.
 */
export async function competitorRecordRows(db: Db, competitorId: string): Promise<RecordRow[]> {
  const rows = await db.$queryRaw<{ categoryId: string | null; result: AgainstResult; deals: number; amount: string }[]>`
    WITH faced AS (
      SELECT "opportunityId" AS id FROM "OpportunityCompetitor" WHERE "competitorId" = ${competitorId}::uuid
      UNION
      SELECT id FROM "Opportunity" WHERE "lostToCompetitorId" = ${competitorId}::uuid
    )
    SELECT o."businessCategoryId" AS "categoryId",
           CASE
             WHEN o.outcome = 'WON' THEN 'WON_AGAINST'
             WHEN o.outcome = 'LOST' AND o."lostToCompetitorId" = ${competitorId}::uuid THEN 'LOST_TO'
             WHEN o.outcome = 'LOST' AND o."lossType" = 'NO_DECISION' THEN 'NO_DECISION'
             WHEN o.outcome = 'LOST' THEN 'LOST_OTHER'
             ELSE 'NO_DECISION'
           END AS result,
           count(*)::int AS deals,
           coalesce(sum(CASE WHEN o.outcome = 'WON' THEN coalesce(o."contractAmount", o.amount) ELSE o.amount END), 0)::text AS amount
    FROM faced JOIN "Opportunity" o ON o.id = faced.id
    WHERE o.outcome <> 'OPEN'
    GROUP BY 1, 2`;
  return rows;
}

export type CompetitorLesson = {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  accountName: string | null;
  postmortemId: string | null;
};

/** Published lessons that name the competitor: tagged with it, or mentioning its name in the text (trigram index). */
export function lessonsNamingCompetitor(db: Db, c: { id: string; name: string }, limit = 20): Promise<CompetitorLesson[]> {
  return db.$queryRaw<CompetitorLesson[]>`
    WITH hits AS (
      SELECT id FROM "Lesson" WHERE "competitorId" = ${c.id}::uuid
      UNION
      SELECT id FROM "Lesson" WHERE ("title" || ' ' || "body") ILIKE ${`%${escapeLike(c.name)}%`}
    )
    SELECT l.id, l.title, l.body, l."createdAt", a.name AS "accountName", l."postmortemId"
    FROM hits JOIN "Lesson" l ON l.id = hits.id
    JOIN "Postmortem" pm ON pm.id = l."postmortemId" AND pm.status = 'PUBLISHED'
    LEFT JOIN "Account" a ON a.id = l."accountId"
    ORDER BY l."createdAt" DESC, l.id
    LIMIT ${limit}`;
}

// ---- an opportunity's competitors ----

export type OpportunityCompetitorRow = {
  competitorId: string;
  name: string;
  position: 'AHEAD' | 'EVEN' | 'BEHIND' | null;
  positionNote: string | null;
};

export async function listOpportunityCompetitors(db: Db, opportunityId: string): Promise<OpportunityCompetitorRow[]> {
  const rows = await db.opportunityCompetitor.findMany({
    where: { opportunityId },
    select: { competitorId: true, position: true, positionNote: true, competitor: { select: { name: true } } },
    orderBy: { competitor: { name: 'asc' } },
  });
  return rows.map((r) => ({ competitorId: r.competitorId, name: r.competitor.name, position: r.position, positionNote: r.positionNote }));
}

export function upsertOpportunityCompetitor(
  db: Db,
  opportunityId: string,
  competitorId: string,
  data: { position?: 'AHEAD' | 'EVEN' | 'BEHIND' | null; positionNote?: string | null },
) {
  return db.opportunityCompetitor.upsert({
    where: { opportunityId_competitorId: { opportunityId, competitorId } },
    create: { opportunityId, competitorId, ...data },
    update: data,
  });
}

export async function deleteOpportunityCompetitor(db: Db, opportunityId: string, competitorId: string) {
  const { count } = await db.opportunityCompetitor.deleteMany({ where: { opportunityId, competitorId } });
  return count === 1;
}

/** The competitor's deals (most recent first) for its profile: name, account, outcome, our position. */
export function listCompetitorDeals(db: Db, competitorId: string, limit = 50) {
  return db.$queryRaw<
    {
      id: string;
      name: string;
      accountName: string;
      outcome: string;
      amount: string | null;
      position: string | null;
      closedAt: Date | null;
    }[]
  >`
    SELECT o.id, o.name, a.name AS "accountName", o.outcome::text AS outcome, o.amount::text AS amount, oc.position::text AS position, o."closedAt"
    FROM "OpportunityCompetitor" oc
    JOIN "Opportunity" o ON o.id = oc."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    WHERE oc."competitorId" = ${competitorId}::uuid
    ORDER BY o."closedAt" DESC NULLS FIRST, o."createdAt" DESC
    LIMIT ${limit}`;
}

export function categoryNames(db: Db, ids: string[]) {
  return ids.length
    ? db.businessCategory.findMany({ where: { id: { in: ids } }, select: { id: true, nameKo: true, nameEn: true } })
    : Promise.resolve([]);
}
