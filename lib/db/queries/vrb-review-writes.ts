import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';
import type { AssessmentCriterion, VrbDomain } from '@/lib/domain/vrb';

// VRB reviews (SPEC §4), write side: the row locks the commands take on a review, what each one
// reads under its lock, and its writes — schedule, cancel / reschedule, opinions, assessments and
// the chair's decision. The caller holds the transaction; every write here runs inside it.

const REVIEW_SUMMARY = {
  id: true,
  opportunityId: true,
  scheduledAt: true,
  heldAt: true,
  status: true,
  version: true,
  stage: { select: { order: true, code: true } },
} as const satisfies Prisma.VrbReviewSelect;

/** A review as the commands answer with it (stage by order and code). */
export function serializeReview(r: Prisma.VrbReviewGetPayload<{ select: typeof REVIEW_SUMMARY }>) {
  return {
    id: r.id,
    opportunityId: r.opportunityId,
    stage: r.stage.order,
    stageCode: r.stage.code,
    scheduledAt: r.scheduledAt,
    heldAt: r.heldAt,
    status: r.status,
    version: r.version,
  };
}

/** The review's summary (a 409's body, a command's answer), or null. */
export async function getReviewSummary(db: Db, id: string) {
  const r = await db.vrbReview.findUnique({ where: { id }, select: REVIEW_SUMMARY });
  return r ? serializeReview(r) : null;
}

// ── schedule ──────────────────────────────────────────────────────────────────────────────────

/** What scheduling a stage is decided on: the active stages and every review of the deal (latest decision, unresolved findings). */
export async function getSchedulingFacts(db: Db, opportunityId: string) {
  const [stages, reviews] = await Promise.all([
    db.vrbStage.findMany({ where: { active: true }, select: { id: true, order: true } }),
    db.vrbReview.findMany({
      where: { opportunityId },
      select: {
        id: true,
        stageId: true,
        status: true,
        scheduledAt: true,
        decisions: { orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }], take: 1, select: { decision: true } },
        _count: { select: { findings: { where: { status: { not: 'RESOLVED' } } } } },
      },
    }),
  ]);
  return {
    stages,
    reviews: reviews.map((r) => ({
      id: r.id,
      stageId: r.stageId,
      status: r.status,
      scheduledAt: r.scheduledAt,
      decision: r.decisions[0]?.decision ?? null,
      unresolvedFindings: r._count.findings,
    })),
  };
}

export async function insertReview(db: Db, r: { opportunityId: string; stageId: string; scheduledAt: Date; createdById: string }) {
  return serializeReview(await db.vrbReview.create({ data: r, select: REVIEW_SUMMARY }));
}

// ── cancel / reschedule ───────────────────────────────────────────────────────────────────────

/**
 * The review locked FOR UPDATE for a cancel or a reschedule, if it is on a deal the actor may edit
 * (`unscoped`: the chair and admins move any); null when not (the caller tells 403 from 404).
 */
export async function lockReviewForMove(db: Db, actor: Actor, id: string, opts: { unscoped: boolean }) {
  const visible = await db.vrbReview.findFirst({
    where: { id, ...(opts.unscoped ? {} : { opportunity: editableOpportunityWhere(actor) }) },
    select: { id: true },
  });
  if (!visible) return null;
  await db.$queryRaw`SELECT id FROM "VrbReview" WHERE id = ${id}::uuid FOR UPDATE`;
  return db.vrbReview.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, version: true, scheduledAt: true } });
}

export async function setReviewCancelled(db: Db, id: string, c: { cancelReason: string; cancelledAt: Date }) {
  await db.vrbReview.update({ where: { id }, data: { status: 'CANCELLED', ...c, version: { increment: 1 } } });
}

export async function setReviewDate(db: Db, id: string, scheduledAt: Date) {
  await db.vrbReview.update({ where: { id }, data: { scheduledAt, version: { increment: 1 } } });
}

// ── opinions, findings and assessments: the review held open ─────────────────────────────────

/**
 * Hold the review (FOR SHARE) while an opinion, a finding or scores are written under it: a
 * decision, which locks it FOR UPDATE, waits, so nothing lands on a decided review. null: no such review.
 */
export async function holdReview(db: Db, id: string) {
  const [r] = await db.$queryRaw<{ status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED'; scheduledAt: Date }[]>`
    SELECT status::text AS status, "scheduledAt" FROM "VrbReview" WHERE id = ${id}::uuid FOR SHARE`;
  return r ?? null;
}

export const opinionSelect = {
  id: true,
  reviewId: true,
  domain: true,
  stance: true,
  opinion: true,
  reviewerId: true,
  createdAt: true,
} as const satisfies Prisma.VrbOpinionSelect;

/** The review's status, required domains and opinions so far, or null. */
export function getReviewOpinions(db: Db, id: string) {
  return db.vrbReview.findUnique({
    where: { id },
    select: { id: true, status: true, stage: { select: { requiredDomains: true } }, opinions: { select: opinionSelect } },
  });
}

/** The opinion already given for the review and domain (one each), or null. */
export function getOpinion(db: Db, reviewId: string, domain: VrbDomain) {
  return db.vrbOpinion.findUnique({ where: { reviewId_domain: { reviewId, domain } }, select: opinionSelect });
}

export function insertOpinion(
  db: Db,
  o: Pick<Prisma.VrbOpinionUncheckedCreateInput, 'reviewId' | 'domain' | 'reviewerId' | 'stance' | 'opinion'>,
) {
  return db.vrbOpinion.create({ data: o, select: opinionSelect });
}

/** The review's status and its deal's owner (who may score before the review), or null. */
export function getReviewDealOwner(db: Db, id: string) {
  return db.vrbReview.findUnique({
    where: { id },
    select: { status: true, opportunity: { select: { ownerId: true, owner: { select: { managerId: true } } } } },
  });
}

/** Replace one scorer's scores on a review (one row per criterion); returns the scores they replace. */
export async function replaceAssessments(
  db: Db,
  reviewId: string,
  scoredById: string,
  scores: readonly { criterion: AssessmentCriterion; score: number; notes?: string | null }[],
  scoredAt: Date,
) {
  const before = await db.vrbAssessment.findMany({
    where: { reviewId, scoredById },
    select: { criterion: true, score: true, notes: true },
  });
  await db.vrbAssessment.deleteMany({ where: { reviewId, scoredById } });
  await db.vrbAssessment.createMany({
    data: scores.map((s) => ({ reviewId, criterion: s.criterion, score: s.score, notes: s.notes ?? null, scoredById, scoredAt })),
  });
  return before;
}

// ── the chair's decision ──────────────────────────────────────────────────────────────────────

/** The review locked FOR UPDATE with what the decision rule reads (stage, opinions, snapshot, unresolved findings); null: no such review. */
export async function lockReviewForDecision(db: Db, id: string) {
  const [locked] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "VrbReview" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) return null;
  return db.vrbReview.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      opportunityId: true,
      status: true,
      version: true,
      stage: { select: { requiredDomains: true } },
      opinions: { select: { domain: true } },
      economics: true,
      _count: { select: { findings: { where: { status: { not: 'RESOLVED' } } } } },
    },
  });
}

/** SCHEDULED → DECIDED if the review is still at `version` (and held now, unless it already was); false otherwise. */
export async function markReviewDecided(db: Db, id: string, version: number, heldAt: Date) {
  const { count } = await db.vrbReview.updateMany({
    where: { id, version, status: 'SCHEDULED' },
    data: { status: 'DECIDED', version: { increment: 1 } },
  });
  if (count === 0) return false;
  await db.vrbReview.updateMany({ where: { id, heldAt: null }, data: { heldAt } });
  return true;
}

/** Append the decision (append-only: a review's decisions are never edited). */
export function insertDecision(
  db: Db,
  d: Pick<
    Prisma.VrbDecisionUncheckedCreateInput,
    'reviewId' | 'decision' | 'reason' | 'overrideReason' | 'missingOpinionReason' | 'marginPct' | 'decidedById' | 'decidedAt'
  >,
) {
  return db.vrbDecision.create({
    data: d,
    select: {
      id: true,
      reviewId: true,
      decision: true,
      reason: true,
      overrideReason: true,
      missingOpinionReason: true,
      marginPct: true,
      decidedById: true,
      decidedAt: true,
    },
  });
}
