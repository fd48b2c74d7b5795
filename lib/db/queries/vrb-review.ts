import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { economicsInputOf, type AssessmentCriterion } from '@/lib/domain/vrb';
import { FINDING_COLUMNS } from './vrb-findings';

// VRB (SPEC §4), read side of one review's record: the record itself, the send-back notes of its
// findings, the opportunity's working ROI copy (to show what moved since the snapshot), the scores
// of many reviews at once (weighted score on the queue and the opportunity) and recent decisions.

const dec = (v: { toString(): string } | null | undefined) => (v === null || v === undefined ? null : v.toString());

/** One review's record (stage, opportunity, snapshot, payment schedule, assessment, opinions,
 *  findings, decisions), or null for an unknown id. Everyone signed in may read it. */
export async function getVrbReview(db: Db, id: string) {
  const r = await db.vrbReview.findUnique({
    where: { id },
    select: {
      id: true,
      scheduledAt: true,
      heldAt: true,
      status: true,
      version: true,
      cancelReason: true,
      cancelledAt: true,
      createdAt: true,
      stage: { select: { order: true, code: true, nameKo: true, nameEn: true, requiredDomains: true, isBidApproval: true } },
      opportunity: {
        select: {
          id: true,
          name: true,
          tier: true,
          outcome: true,
          amount: true,
          accountId: true,
          businessCategoryId: true,
          ownerId: true,
          account: { select: { id: true, name: true } },
          owner: { select: { name: true, managerId: true } },
          businessCategory: { select: { nameKo: true, nameEn: true } },
          milestones: {
            orderBy: [{ dueDate: 'asc' }, { sequence: 'asc' }],
            select: { id: true, kind: true, sequence: true, amount: true, dueDate: true, collectedAt: true, collectedAmount: true },
          },
        },
      },
      economics: {
        select: {
          contractPrice: true,
          hardwareCost: true,
          softwareLicenseCost: true,
          laborPersonMonths: true,
          laborRate: true,
          subcontractCost: true,
          otherCost: true,
          contingency: true,
          laborLines: true,
          contingencyPct: true,
          paymentSchedule: true,
          updatedAt: true,
        },
      },
      assessments: {
        orderBy: [{ scoredAt: 'asc' }, { id: 'asc' }],
        select: { criterion: true, score: true, notes: true, scoredById: true, scoredAt: true, scoredBy: { select: { name: true } } },
      },
      opinions: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, domain: true, stance: true, opinion: true, createdAt: true, reviewer: { select: { name: true } } },
      },
      findings: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { ...FINDING_COLUMNS, raisedBy: { select: { name: true } } },
      },
      decisions: {
        orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          decision: true,
          reason: true,
          overrideReason: true,
          missingOpinionReason: true,
          marginPct: true,
          decidedAt: true,
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!r) return null;
  const e = r.economics;
  return {
    ...r,
    opportunity: {
      ...r.opportunity,
      amount: dec(r.opportunity.amount),
      milestones: r.opportunity.milestones.map((m) => ({ ...m, amount: m.amount.toString(), collectedAmount: dec(m.collectedAmount) })),
    },
    economics: e ? { ...economicsInputOf(e), updatedAt: e.updatedAt } : null,
    decisions: r.decisions.map((d) => ({ ...d, marginPct: dec(d.marginPct) })),
  };
}

export type VrbReviewRecord = NonNullable<Awaited<ReturnType<typeof getVrbReview>>>;

/**
 * The latest send-back note of each finding that a verifier returned to OPEN (the note lives in the
 * `vrb.finding.reopen` audit row, ADR 008): findingId → note. One query over AuditLog by entity.
 */
export async function getFindingReturnNotes(db: Db, findingIds: string[]): Promise<Map<string, { note: string; at: Date }>> {
  if (findingIds.length === 0) return new Map();
  const rows = await db.auditLog.findMany({
    where: { entityType: 'VrbFinding', entityId: { in: findingIds }, action: 'vrb.finding.reopen' },
    orderBy: { at: 'desc' },
    select: { entityId: true, after: true, at: true },
  });
  const out = new Map<string, { note: string; at: Date }>();
  for (const r of rows) {
    const note = (r.after as { note?: unknown } | null)?.note;
    if (!out.has(r.entityId) && typeof note === 'string') out.set(r.entityId, { note, at: r.at });
  }
  return out;
}

/** Every assessment score of the given reviews in one query (reviewId → scores), for weighted scores in lists. */
export async function listReviewScores(db: Db, reviewIds: string[]) {
  const out = new Map<string, { criterion: AssessmentCriterion; score: number }[]>();
  if (reviewIds.length === 0) return out;
  const rows = await db.vrbAssessment.findMany({
    where: { reviewId: { in: reviewIds } },
    select: { reviewId: true, criterion: true, score: true },
  });
  for (const r of rows) out.set(r.reviewId, [...(out.get(r.reviewId) ?? []), { criterion: r.criterion, score: r.score }]);
  return out;
}

/** An opportunity's reviews by date (VrbReview(opportunityId, stageId) index), each with its stage: add what the list needs of each. */
export const reviewsByDate = <S extends Prisma.VrbReviewSelect>(opportunityId: string, select: S) =>
  ({
    where: { opportunityId },
    orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
    select: { id: true, scheduledAt: true, status: true, stage: { select: { order: true, nameKo: true, nameEn: true } }, ...select },
  }) satisfies Prisma.VrbReviewFindManyArgs;

/** The opportunity's reviews with their scores, oldest first: the weighted score's history. */
export const listAssessmentHistory = (db: Db, opportunityId: string) =>
  db.vrbReview.findMany(reviewsByDate(opportunityId, { assessments: { select: { criterion: true, score: true } } }));

/** The latest decisions across all reviews (VrbDecision(reviewId, decidedAt) → newest first), for the queue. */
export async function listRecentDecisions(db: Db, limit = 20) {
  const rows = await db.vrbDecision.findMany({
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(limit, 1), 100),
    select: {
      id: true,
      decision: true,
      decidedAt: true,
      marginPct: true,
      overrideReason: true,
      decidedBy: { select: { name: true } },
      review: {
        select: {
          id: true,
          stage: { select: { order: true, nameKo: true, nameEn: true } },
          opportunity: { select: { id: true, name: true, account: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    reviewId: d.review.id,
    decision: d.decision,
    decidedAt: d.decidedAt,
    marginPct: d.marginPct === null ? null : Number(d.marginPct),
    override: d.overrideReason !== null,
    decidedBy: d.decidedBy.name,
    stageOrder: d.review.stage.order,
    stageNameKo: d.review.stage.nameKo,
    stageNameEn: d.review.stage.nameEn,
    opportunityId: d.review.opportunity.id,
    opportunityName: d.review.opportunity.name,
    accountName: d.review.opportunity.account.name,
  }));
}
export type RecentDecision = Awaited<ReturnType<typeof listRecentDecisions>>[number];
