import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { Outcome, ReviewDecisionKind, ReviewPeriod } from '@/lib/domain/tiers';
import { withFactsColumns, withFactsOf, type OpportunityRow, type RequirementFactsRow } from './opportunities';

// Tier reviews (SPEC §2): the frozen snapshot, its items, the chain of reviews of one period and
// scope, and the decision's compare-and-set. Each read is one statement.

export type ReviewHead = {
  id: string;
  title: string;
  period: ReviewPeriod;
  teamId: string | null;
  asOf: Date;
  closedAt: Date | null;
  previousId: string | null;
  startedById: string;
};
const HEAD = {
  id: true,
  title: true,
  period: true,
  teamId: true,
  asOf: true,
  closedAt: true,
  previousId: true,
  startedById: true,
} as const;

export async function getReviewHead(db: Db, id: string): Promise<ReviewHead | null> {
  return db.tierReview.findUnique({ where: { id }, select: HEAD });
}

/** The newest review of the same period and scope taken before `before` (TierReview_period_teamId_asOf_idx). */
export async function findPreviousInChain(db: Db, period: ReviewPeriod, teamId: string | null, before: Date) {
  return db.tierReview.findFirst({
    where: { period, teamId, asOf: { lt: before } },
    orderBy: { asOf: 'desc' },
    select: { id: true, asOf: true },
  });
}

/** The open review of a period and scope, if any (the one-open rule's friendly check; the partial unique index is the guarantee). */
export async function findOpenReview(db: Db, period: ReviewPeriod, teamId: string | null) {
  return db.tierReview.findFirst({ where: { period, teamId, closedAt: null }, select: { id: true, asOf: true } });
}

/**
 * Freeze the snapshot in one INSERT … SELECT: the scope's deals that are open now, were open in the
 * previous review of the chain, or were created since it (also those already closed again), each
 * with its tier in the previous review. Scope: a team = deals owned by the manager or their reports.
 */
export async function insertSnapshot(
  db: Db,
  reviewId: string,
  teamId: string | null,
  prev: { id: string; asOf: Date } | null,
): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "TierReviewItem" (id, "reviewId", "opportunityId", "ownerId", "previousTier", "currentTier", outcome, amount, "nextStep", "nextStepDueDate")
    SELECT gen_random_uuid(), ${reviewId}::uuid, o.id, o."ownerId", p."currentTier", o.tier, o.outcome, o.amount, o."nextStep", o."nextStepDueDate"
    FROM "Opportunity" o
    JOIN "User" u ON u.id = o."ownerId"
    LEFT JOIN "TierReviewItem" p ON p."reviewId" = ${prev?.id ?? null}::uuid AND p."opportunityId" = o.id
    WHERE (${teamId}::uuid IS NULL OR o."ownerId" = ${teamId}::uuid OR u."managerId" = ${teamId}::uuid)
      AND (o.outcome = 'OPEN'
           OR (p.id IS NOT NULL AND p.outcome = 'OPEN')
           OR (p.id IS NULL AND ${prev?.asOf ?? null}::timestamptz IS NOT NULL AND o."createdAt" > ${prev?.asOf ?? null}::timestamptz))`;
}

export type ReviewItemView = {
  id: string;
  opportunityId: string;
  opportunityName: string;
  accountName: string;
  ownerId: string;
  ownerName: string;
  ownerManagerId: string | null;
  previousTier: number | null;
  previousOutcome: Outcome | null;
  currentTier: number;
  outcome: Outcome;
  liveTier: number;
  liveOutcome: Outcome;
  amount: string | null;
  decision: ReviewDecisionKind | null;
  reason: string | null;
  nextStep: string | null;
  nextStepDueDate: Date | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  appliedTier: number | null;
  version: number;
};

/** A review's items with the deal as it is now (live tier) beside the frozen one. */
export async function getReviewItems(db: Db, review: Pick<ReviewHead, 'id' | 'previousId'>): Promise<ReviewItemView[]> {
  return db.$queryRaw<ReviewItemView[]>`
    SELECT i.id, i."opportunityId", o.name AS "opportunityName", a.name AS "accountName", i."ownerId", u.name AS "ownerName",
           u."managerId" AS "ownerManagerId",
           i."previousTier"::int AS "previousTier", p.outcome::text AS "previousOutcome", i."currentTier"::int AS "currentTier",
           i.outcome::text AS outcome, o.tier::int AS "liveTier", o.outcome::text AS "liveOutcome",
           i.amount::text AS amount, i.decision::text AS decision, i.reason, i."nextStep",
           i."nextStepDueDate", i."decidedAt", d.name AS "decidedByName", i."appliedTier"::int AS "appliedTier", i.version
    FROM "TierReviewItem" i
    JOIN "Opportunity" o ON o.id = i."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    JOIN "User" u ON u.id = i."ownerId"
    LEFT JOIN "User" d ON d.id = i."decidedById"
    LEFT JOIN "TierReviewItem" p ON p."reviewId" = ${review.previousId}::uuid AND p."opportunityId" = i."opportunityId"
    WHERE i."reviewId" = ${review.id}::uuid
    ORDER BY u.name, i."currentTier" DESC, o.name`;
}

/** The last `n` reviews of a chain up to (and including) a review, newest first, with their items' movement facts. */
export async function chainHistory(db: Db, head: Pick<ReviewHead, 'period' | 'teamId' | 'asOf'>, n: number) {
  const recent = await db.tierReview.findMany({
    where: { period: head.period, teamId: head.teamId, asOf: { lte: head.asOf } },
    orderBy: { asOf: 'desc' },
    take: n,
    select: { id: true },
  });
  const items = await db.tierReviewItem.findMany({
    where: { reviewId: { in: recent.map((r) => r.id) } },
    select: { reviewId: true, ownerId: true, previousTier: true, currentTier: true, outcome: true },
  });
  return recent.map((r) => items.filter((i) => i.reviewId === r.id));
}

export type ReviewListRow = {
  id: string;
  title: string;
  period: ReviewPeriod;
  teamId: string | null;
  teamName: string | null;
  asOf: Date;
  closedAt: Date | null;
  items: number;
  decided: number;
};

export async function listReviews(db: Db, opts: { period?: ReviewPeriod; limit: number }): Promise<ReviewListRow[]> {
  return db.$queryRaw<ReviewListRow[]>`
    SELECT r.id, r.title, r.period::text AS period, r."teamId", t.name AS "teamName", r."asOf", r."closedAt",
           (SELECT count(*)::int FROM "TierReviewItem" i WHERE i."reviewId" = r.id) AS items,
           (SELECT count(*)::int FROM "TierReviewItem" i WHERE i."reviewId" = r.id AND i.decision IS NOT NULL) AS decided
    FROM "TierReview" r LEFT JOIN "User" t ON t.id = r."teamId"
    WHERE (${opts.period ?? null}::text IS NULL OR r.period::text = ${opts.period ?? null}::text)
    ORDER BY r."asOf" DESC, r.id
    LIMIT ${opts.limit}`;
}

export type DecisionTarget = {
  itemId: string;
  version: number;
  decided: boolean;
  snapshotOutcome: Outcome;
  reviewClosed: boolean;
  tier: number;
  outcome: Outcome;
  ownerId: string;
  ownerManagerId: string | null;
  name: string;
  oppVersion: number;
};

/**
 * Everything one decision reads, in ONE statement (it was four round trips: the review, the item,
 * the settings, the deal with its requirement facts): the review's head, the item with the deal as
 * it is now and its owner's manager (for the access rule), the deal as the tier engine reads it
 * (`OpportunityRow` + requirement facts) and the stored tier rules (parsed by the caller). null when
 * the review or the item is missing.
 */
export async function getDecisionContext(
  db: Db,
  reviewId: string,
  opportunityId: string,
): Promise<{ head: ReviewHead; target: DecisionTarget; opp: OpportunityRow; extra: RequirementFactsRow; tierRules: unknown } | null> {
  type Row = Parameters<typeof withFactsOf>[0] & {
    h_id: string;
    h_title: string;
    h_period: ReviewPeriod;
    h_teamId: string | null;
    h_asOf: Date;
    h_closedAt: Date | null;
    h_previousId: string | null;
    h_startedById: string;
    t_itemId: string;
    t_version: number;
    t_decided: boolean;
    t_snapshotOutcome: Outcome;
    t_ownerManagerId: string | null;
    tierRules: unknown;
  };
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT r.id AS h_id, r.title AS h_title, r.period::text AS h_period, r."teamId" AS "h_teamId", r."asOf" AS "h_asOf",
           r."closedAt" AS "h_closedAt", r."previousId" AS "h_previousId", r."startedById" AS "h_startedById",
           i.id AS "t_itemId", i.version AS t_version, (i.decision IS NOT NULL) AS t_decided, i.outcome::text AS "t_snapshotOutcome",
           u."managerId" AS "t_ownerManagerId",
           (SELECT s.value FROM "Setting" s WHERE s.key = 'tierRules') AS "tierRules",
           ${withFactsColumns}
    FROM "TierReviewItem" i
    JOIN "TierReview" r ON r.id = i."reviewId"
    JOIN "Opportunity" o ON o.id = i."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    JOIN "User" u ON u.id = o."ownerId"
    WHERE i."reviewId" = ${reviewId}::uuid AND i."opportunityId" = ${opportunityId}::uuid`);
  const r = rows[0];
  if (!r) return null;
  const { h_id, h_title, h_period, h_teamId, h_asOf, h_closedAt, h_previousId, h_startedById, ...rest } = r;
  const { t_itemId, t_version, t_decided, t_snapshotOutcome, t_ownerManagerId, tierRules, ...deal } = rest;
  const { opp, extra } = withFactsOf(deal);
  const head: ReviewHead = {
    id: h_id,
    title: h_title,
    period: h_period,
    teamId: h_teamId,
    asOf: h_asOf,
    closedAt: h_closedAt,
    previousId: h_previousId,
    startedById: h_startedById,
  };
  const target: DecisionTarget = {
    itemId: t_itemId,
    version: t_version,
    decided: t_decided,
    snapshotOutcome: t_snapshotOutcome,
    reviewClosed: h_closedAt !== null,
    tier: opp.tier,
    outcome: opp.outcome as Outcome,
    ownerId: opp.ownerId,
    ownerManagerId: t_ownerManagerId,
    name: opp.name,
    oppVersion: opp.version,
  };
  return { head, target, opp, extra, tierRules };
}

/** The decision as a compare-and-set from "undecided at this version": false when someone decided first. */
export async function writeDecision(
  db: Db,
  w: {
    itemId: string;
    version: number;
    decision: ReviewDecisionKind;
    reason: string | null;
    nextStep: string | null;
    nextStepDueDate: string | null;
    appliedTier: number | null;
    actorId: string;
    at: Date;
  },
): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE "TierReviewItem"
    SET decision = ${w.decision}::"ReviewDecision", reason = ${w.reason}, "nextStep" = ${w.nextStep},
        "nextStepDueDate" = ${w.nextStepDueDate}::date, "appliedTier" = ${w.appliedTier}::smallint,
        "decidedById" = ${w.actorId}::uuid, "decidedAt" = ${w.at}, version = version + 1
    WHERE id = ${w.itemId}::uuid AND version = ${w.version} AND decision IS NULL`;
  return n === 1;
}

/**
 * A hold decision's writes in ONE statement (they were four round trips): the deal's next step and
 * date (version bumped: open editors see a conflict), the owner's REVIEW_DECIDED notification (none when the
 * owner decides: lib/db/queries/notifications notify's rule), the `opportunity.nextStep` audit row
 * with the new version, and the decision's own audit row.
 */
export async function writeHold(
  db: Db,
  w: {
    opportunityId: string;
    ownerId: string;
    actorId: string;
    nextStep: string;
    due: string;
    at: Date;
    reviewId: string;
    notification: { params: Record<string, string | number | null>; link: string };
    decisionAudit: { entityId: string; before: unknown; after: unknown };
  },
): Promise<number | null> {
  const rows = await db.$queryRaw<{ version: number | null }[]>`
    WITH u AS (
      UPDATE "Opportunity" SET "nextStep" = ${w.nextStep}, "nextStepDueDate" = ${w.due}::date, version = version + 1, "updatedAt" = ${w.at}
      WHERE id = ${w.opportunityId}::uuid RETURNING version),
    n AS (
      INSERT INTO "Notification" ("userId", kind, params, link, "actorId")
      SELECT ${w.ownerId}::uuid, 'REVIEW_DECIDED', ${JSON.stringify(w.notification.params)}::jsonb, ${w.notification.link}, ${w.actorId}::uuid
      WHERE ${w.ownerId}::uuid <> ${w.actorId}::uuid),
    a AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", after)
      SELECT ${w.actorId}::uuid, 'opportunity.nextStep', 'Opportunity', ${w.opportunityId},
             jsonb_build_object('nextStep', ${w.nextStep}::text, 'nextStepDueDate', ${w.due}::text, 'version', (SELECT version FROM u),
                                'via', jsonb_build_object('tierReviewId', ${w.reviewId}::text))),
    d AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after)
      SELECT ${w.actorId}::uuid, 'tierReview.decide', 'TierReviewItem', ${w.decisionAudit.entityId},
             ${JSON.stringify(w.decisionAudit.before)}::jsonb, ${JSON.stringify(w.decisionAudit.after)}::jsonb)
    SELECT (SELECT version FROM u) AS version`;
  return rows[0]?.version ?? null;
}

/** The current state of an item (for a 409's body). */
export async function getItemState(db: Db, itemId: string) {
  return db.tierReviewItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      opportunityId: true,
      decision: true,
      reason: true,
      nextStep: true,
      decidedAt: true,
      decidedById: true,
      version: true,
    },
  });
}

export type ChainFlagRow = {
  period: ReviewPeriod;
  teamId: string | null;
  teamName: string | null;
  /** reviews the chain has, up to n */
  reviewCount: number;
  /** 0 = the chain's newest review */
  reviewIndex: number;
  ownerId: string;
  ownerName: string;
  /** none of the rep's deals changed tier in that review */
  still: boolean;
};

/**
 * For every review chain (period × scope) its last `n` reviews, and per review and rep whether
 * the rep's deals all kept their tier — the facts the stagnant rule (stagnantFromFlags) reads, for
 * every chain in one statement (the dashboard). Aggregated in SQL: one row per review and rep.
 */
export async function stagnantFlagsByChain(db: Db, n: number): Promise<ChainFlagRow[]> {
  return db.$queryRaw<ChainFlagRow[]>`
    WITH ranked AS (
      SELECT r.id, r.period, r."teamId",
             (row_number() OVER (PARTITION BY r.period, r."teamId" ORDER BY r."asOf" DESC))::int - 1 AS k,
             (count(*) OVER (PARTITION BY r.period, r."teamId"))::int AS total
      FROM "TierReview" r
    )
    SELECT rk.period::text AS period, rk."teamId", t.name AS "teamName", least(rk.total, ${n}::int) AS "reviewCount",
           rk.k AS "reviewIndex", i."ownerId", u.name AS "ownerName",
           bool_and(i."previousTier" IS NOT NULL AND i."previousTier" = i."currentTier") AS still
    FROM ranked rk
    JOIN "TierReviewItem" i ON i."reviewId" = rk.id
    JOIN "User" u ON u.id = i."ownerId"
    LEFT JOIN "User" t ON t.id = rk."teamId"
    WHERE rk.k < ${n}::int AND rk.total >= ${n}::int
    GROUP BY rk.period, rk."teamId", t.name, rk.total, rk.k, i."ownerId", u.name`;
}

/** Whether a team exists: a team is its manager, a User row (a review's scope). */
export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  return (await db.user.findUnique({ where: { id: teamId }, select: { id: true } })) !== null;
}

/** The review's head row; the snapshot is inserted after it (insertSnapshot). */
export function insertTierReview(
  db: Db,
  r: { period: ReviewPeriod; title: string; asOf: Date; previousId: string | null; startedById: string; teamId: string | null },
) {
  return db.tierReview.create({ data: r, select: { id: true } });
}

/** Close the review if it is still open; false when it was already closed. */
export async function closeTierReviewIfOpen(db: Db, id: string, closedAt: Date): Promise<boolean> {
  const { count } = await db.tierReview.updateMany({ where: { id, closedAt: null }, data: { closedAt } });
  return count > 0;
}
