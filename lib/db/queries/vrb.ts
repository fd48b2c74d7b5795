import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { economicsInputOf, type AssessmentCriterion, type EconomicsInput, type VrbDomain } from '@/lib/domain/vrb';
import { listReviewScores, reviewsByDate } from './vrb-review';

export * from './vrb-review';

// VRB (SPEC §4), read side: the committee queue and one review's record. Every list is one
// SQL statement (joins + LATERAL sub-selects), never a query per row.

export type VrbQueueReview = {
  id: string;
  scheduledAt: Date;
  status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED';
  stageOrder: number;
  stageNameKo: string;
  stageNameEn: string;
  requiredDomains: VrbDomain[];
  missingDomains: VrbDomain[];
  openFindings: number;
  opportunityId: string;
  opportunityName: string;
  accountName: string;
  ownerName: string;
  /** the review's frozen economics snapshot, or null when none was taken */
  economics: EconomicsInput | null;
  /** every assessment score of the review (any scorer), for the weighted score */
  scores: { criterion: AssessmentCriterion; score: number }[];
};

export type VrbQueueFinding = {
  id: string;
  issue: string;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  status: 'OPEN' | 'ANSWERED';
  domain: VrbDomain;
  createdAt: Date;
  /** the 조치 기한 the member set (null: none) */
  dueDate: Date | null;
  review: VrbQueueReview;
};

export type VrbQueue = {
  counts: { upcoming: number; missingOpinions: number; openFindings: number };
  upcoming: VrbQueueReview[];
  missingOpinions: VrbQueueReview[];
  openFindings: VrbQueueFinding[];
};

type RawReview = Omit<VrbQueueReview, 'economics' | 'scores'> & {
  contractPrice: string | null;
  hardwareCost: string | null;
  softwareLicenseCost: string | null;
  laborPersonMonths: string | null;
  laborRate: string | null;
  subcontractCost: string | null;
  otherCost: string | null;
  contingency: string | null;
  laborLines: unknown;
  contingencyPct: string | null;
  paymentSchedule: unknown;
};

// Columns of one queue row: review + stage + opportunity + account + owner + snapshot, the
// required domains still without an opinion (VrbOpinion(reviewId, domain) unique index) and the
// count of unresolved findings (VrbFinding(reviewId, status) index).
const REVIEW_COLUMNS = `
  r.id, r."scheduledAt", r.status::text AS status,
  s."order" AS "stageOrder", s."nameKo" AS "stageNameKo", s."nameEn" AS "stageNameEn",
  s."requiredDomains"::text[] AS "requiredDomains",
  m.missing::text[] AS "missingDomains",
  fc.n::int AS "openFindings",
  o.id AS "opportunityId", o.name AS "opportunityName", a.name AS "accountName", u.name AS "ownerName",
  e."contractPrice"::text AS "contractPrice", e."hardwareCost"::text AS "hardwareCost",
  e."softwareLicenseCost"::text AS "softwareLicenseCost", e."laborPersonMonths"::text AS "laborPersonMonths",
  e."laborRate"::text AS "laborRate", e."subcontractCost"::text AS "subcontractCost",
  e."otherCost"::text AS "otherCost", e.contingency::text AS contingency,
  e."laborLines", e."contingencyPct"::text AS "contingencyPct", e."paymentSchedule"`;

const REVIEW_JOINS = `
  JOIN "VrbStage" s ON s.id = r."stageId"
  JOIN "Opportunity" o ON o.id = r."opportunityId"
  JOIN "Account" a ON a.id = o."accountId"
  JOIN "User" u ON u.id = o."ownerId"
  LEFT JOIN "DealEconomics" e ON e."vrbReviewId" = r.id
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(d ORDER BY d), '{}') AS missing
    FROM unnest(s."requiredDomains") d
    WHERE NOT EXISTS (SELECT 1 FROM "VrbOpinion" op WHERE op."reviewId" = r.id AND op.domain = d)
  ) m
  CROSS JOIN LATERAL (
    SELECT count(*) AS n FROM "VrbFinding" f2 WHERE f2."reviewId" = r.id AND f2.status IN ('OPEN', 'ANSWERED')
  ) fc`;

function toReview(r: RawReview, scores: Map<string, VrbQueueReview['scores']>): VrbQueueReview {
  const {
    contractPrice,
    hardwareCost,
    softwareLicenseCost,
    laborPersonMonths,
    laborRate,
    subcontractCost,
    otherCost,
    contingency,
    laborLines,
    contingencyPct,
    paymentSchedule,
    ...rest
  } = r;
  return {
    ...rest,
    scores: scores.get(r.id) ?? [],
    economics:
      contractPrice === null
        ? null
        : economicsInputOf({
            contractPrice,
            hardwareCost: hardwareCost!,
            softwareLicenseCost: softwareLicenseCost!,
            laborPersonMonths,
            laborRate,
            laborLines,
            subcontractCost: subcontractCost!,
            otherCost: otherCost!,
            contingency: contingency!,
            contingencyPct,
            paymentSchedule,
          }),
  };
}

/**
 * The committee queue: scheduled reviews by date (VrbReview(status, scheduledAt) index),
 * scheduled reviews whose required domains still lack an opinion, and unresolved findings
 * (OPEN or ANSWERED, VrbFinding(status) index), most severe first. Each list is capped.
 */
export async function getVrbQueue(db: Db, opts: { limit?: number } = {}): Promise<VrbQueue> {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  const [counts, upcoming, missing, findings] = await Promise.all([
    db.$queryRawUnsafe<{ upcoming: number; missingOpinions: number; openFindings: number }[]>(`
      SELECT
        (SELECT count(*) FROM "VrbReview" WHERE status = 'SCHEDULED')::int AS upcoming,
        (SELECT count(*) FROM "VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId"
          WHERE r.status = 'SCHEDULED' AND EXISTS (
            SELECT 1 FROM unnest(s."requiredDomains") d
            WHERE NOT EXISTS (SELECT 1 FROM "VrbOpinion" op WHERE op."reviewId" = r.id AND op.domain = d)))::int AS "missingOpinions",
        (SELECT count(*) FROM "VrbFinding" WHERE status IN ('OPEN', 'ANSWERED'))::int AS "openFindings"`),
    db.$queryRawUnsafe<RawReview[]>(
      `SELECT ${REVIEW_COLUMNS} FROM "VrbReview" r ${REVIEW_JOINS}
       WHERE r.status = 'SCHEDULED' ORDER BY r."scheduledAt", r.id LIMIT $1`,
      limit,
    ),
    db.$queryRawUnsafe<RawReview[]>(
      `SELECT ${REVIEW_COLUMNS} FROM "VrbReview" r ${REVIEW_JOINS}
       WHERE r.status = 'SCHEDULED' AND cardinality(m.missing) > 0 ORDER BY r."scheduledAt", r.id LIMIT $1`,
      limit,
    ),
    db.$queryRawUnsafe<
      (RawReview & {
        findingId: string;
        issue: string;
        severity: VrbQueueFinding['severity'];
        findingStatus: VrbQueueFinding['status'];
        domain: VrbDomain;
        findingCreatedAt: Date;
        findingDueDate: Date | null;
      })[]
    >(
      `SELECT f.id AS "findingId", f.issue, f.severity::text AS severity, f.status::text AS "findingStatus",
              f.domain::text AS domain, f."createdAt" AS "findingCreatedAt",
              f."dueDate" AS "findingDueDate", ${REVIEW_COLUMNS}
       FROM "VrbFinding" f JOIN "VrbReview" r ON r.id = f."reviewId" ${REVIEW_JOINS}
       WHERE f.status IN ('OPEN', 'ANSWERED')
       ORDER BY f.severity DESC, f."createdAt", f.id LIMIT $1`,
      limit,
    ),
  ]);
  // the weighted score's inputs of every listed review, in one query
  const scores = await listReviewScores(db, [...new Set([...upcoming, ...missing, ...findings].map((r) => r.id))]);
  return {
    counts: counts[0]!,
    upcoming: upcoming.map((r) => toReview(r, scores)),
    missingOpinions: missing.map((r) => toReview(r, scores)),
    openFindings: findings.map(({ findingId, issue, severity, findingStatus, domain, findingCreatedAt, findingDueDate, ...r }) => ({
      id: findingId,
      issue,
      severity,
      status: findingStatus,
      domain,
      createdAt: findingCreatedAt,
      dueDate: findingDueDate,
      review: toReview(r, scores),
    })),
  };
}

export type SimilarLesson = {
  id: string;
  title: string;
  body: string;
  category: string;
  createdAt: Date;
  accountName: string | null;
  competitorName: string | null;
  categoryNameKo: string | null;
  categoryNameEn: string | null;
  sameAccount: boolean;
  sameCategory: boolean;
  sameCompetitor: boolean;
};

/**
 * "Lessons learned from similar deals" (SPEC §4): lessons of published postmortems with the opportunity's customer, its
 * business category, or one of its competitors (OpportunityCompetitor) — one statement over the
 * Lesson(accountId) / (businessCategoryId) / (competitorId) indexes; most matches first, newest
 * next, at most `limit` (5).
 */
export async function getSimilarLessons(
  db: Db,
  opp: { id: string; accountId: string; businessCategoryId: string | null },
  limit = 5,
): Promise<SimilarLesson[]> {
  return db.$queryRaw<SimilarLesson[]>`
    WITH comp AS (SELECT "competitorId" AS id FROM "OpportunityCompetitor" WHERE "opportunityId" = ${opp.id}::uuid),
    hits AS (
      SELECT id FROM "Lesson" WHERE "accountId" = ${opp.accountId}::uuid
      UNION
      SELECT id FROM "Lesson" WHERE "businessCategoryId" = ${opp.businessCategoryId}::uuid
      UNION
      SELECT l.id FROM "Lesson" l JOIN comp ON comp.id = l."competitorId"
    )
    SELECT l.id, l.title, l.body, l.category::text AS category, l."createdAt",
           a.name AS "accountName", c.name AS "competitorName", bc."nameKo" AS "categoryNameKo", bc."nameEn" AS "categoryNameEn",
           coalesce(l."accountId" = ${opp.accountId}::uuid, false) AS "sameAccount",
           coalesce(l."businessCategoryId" = ${opp.businessCategoryId}::uuid, false) AS "sameCategory",
           coalesce(l."competitorId" IN (SELECT id FROM comp), false) AS "sameCompetitor"
    FROM hits JOIN "Lesson" l ON l.id = hits.id
    -- only published postmortems teach: a draft's lessons stay with its writers
    JOIN "Postmortem" pm ON pm.id = l."postmortemId" AND pm.status = 'PUBLISHED'
    LEFT JOIN "Account" a ON a.id = l."accountId"
    LEFT JOIN "Competitor" c ON c.id = l."competitorId"
    LEFT JOIN "BusinessCategory" bc ON bc.id = l."businessCategoryId"
    ORDER BY (coalesce(l."accountId" = ${opp.accountId}::uuid, false)::int
            + coalesce(l."businessCategoryId" = ${opp.businessCategoryId}::uuid, false)::int
            + coalesce(l."competitorId" IN (SELECT id FROM comp), false)::int) DESC,
             l."createdAt" DESC, l.id
    LIMIT ${limit}`;
}

/** An opportunity's reviews by date with each one's latest decision, and the active stages. */
export async function listOpportunityReviews(db: Db, opportunityId: string) {
  const [reviews, stages] = await Promise.all([
    db.vrbReview.findMany(
      reviewsByDate(opportunityId, {
        decisions: { orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }], take: 1, select: { decision: true } },
      }),
    ),
    db.vrbStage.findMany({ where: { active: true }, orderBy: { order: 'asc' }, select: { order: true, nameKo: true, nameEn: true } }),
  ]);
  return { reviews: reviews.map(({ decisions, ...r }) => ({ ...r, decision: decisions[0]?.decision ?? null })), stages };
}

/** The opportunity's working ROI calculator (DealEconomics with no review), newest if several, or null. */
export async function getWorkingEconomics(db: Db, opportunityId: string) {
  return db.dealEconomics.findFirst({ where: { opportunityId, vrbReviewId: null }, orderBy: { updatedAt: 'desc' } });
}

/**
 * The frozen snapshot of the opportunity's last passed review (latest decision PASS or CONDITIONAL),
 * newest decision first, with the review id — the receivables proposal reads its payment schedule.
 */
export async function getLastPassedSnapshot(db: Db, opportunityId: string) {
  const rows = await db.$queryRaw<{ reviewId: string; id: string }[]>`
    SELECT r.id AS "reviewId", e.id
    FROM "VrbReview" r
    JOIN "DealEconomics" e ON e."vrbReviewId" = r.id
    CROSS JOIN LATERAL (SELECT d.decision, d."decidedAt" FROM "VrbDecision" d WHERE d."reviewId" = r.id
                        ORDER BY d."decidedAt" DESC, d.id DESC LIMIT 1) ld
    WHERE r."opportunityId" = ${opportunityId}::uuid AND r.status = 'DECIDED' AND ld.decision IN ('PASS', 'CONDITIONAL')
    ORDER BY ld."decidedAt" DESC LIMIT 1`;
  if (!rows[0]) return null;
  const row = await db.dealEconomics.findUnique({ where: { id: rows[0].id } });
  return row ? { reviewId: rows[0].reviewId, economics: economicsInputOf(row) } : null;
}

type EconomicsColumns = Omit<Prisma.DealEconomicsUncheckedCreateInput, 'id' | 'opportunityId' | 'vrbReviewId' | 'version'>;

/** Write the working ROI calculator: the first save creates it, later ones replace it (version + 1). Returns the row. */
export function saveWorkingEconomics(db: Db, opportunityId: string, existing: { id: string } | null, data: EconomicsColumns) {
  return existing
    ? db.dealEconomics.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : db.dealEconomics.create({ data: { ...data, opportunityId } });
}

/** Freeze a copy of the calculator as a review's financial snapshot (DealEconomics with the review's id). */
export async function freezeEconomicsSnapshot(db: Db, opportunityId: string, vrbReviewId: string, data: EconomicsColumns) {
  await db.dealEconomics.create({ data: { ...data, opportunityId, vrbReviewId } });
}
