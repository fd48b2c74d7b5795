import 'server-only';
import { z } from '@/lib/validation/z';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { buildMovementMatrix, stagnantReps, type Outcome } from '@/lib/domain/tiers';
import type { closeTierReviewSchema, decideReviewItemSchema, startTierReviewSchema } from '@/lib/validation/opportunities';
import { getSetting } from '../../settings';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

/**
 * Start a tier review: a record with a frozen snapshot (one item per opportunity open now or open
 * in the previous review), each with the tier it had in the previous review. One INSERT … SELECT.
 */
export async function startTierReview(db: DbClient, session: AppSession, input: z.infer<typeof startTierReviewSchema>) {
  assertCan(session, 'tierReview:run');
  return db.$transaction(async (tx) => {
    const prev = await tx.tierReview.findFirst({ orderBy: { asOf: 'desc' }, select: { id: true } });
    const review = await tx.tierReview.create({
      data: { period: input.period, title: input.title, asOf: new Date(), previousId: prev?.id ?? null, startedById: session.userId },
      select: { id: true },
    });
    const items = await tx.$executeRaw`
      INSERT INTO "TierReviewItem" (id, "reviewId", "opportunityId", "ownerId", "previousTier", "currentTier", outcome, amount, "nextStep", "nextStepDueDate")
      SELECT gen_random_uuid(), ${review.id}::uuid, o.id, o."ownerId", p."currentTier", o.tier, o.outcome, o.amount, o."nextStep", o."nextStepDueDate"
      FROM "Opportunity" o
      LEFT JOIN "TierReviewItem" p ON p."reviewId" = ${prev?.id ?? null}::uuid AND p."opportunityId" = o.id
      WHERE o.outcome = 'OPEN' OR (p.id IS NOT NULL AND p.outcome = 'OPEN')`;
    await audit(tx, {
      actorId: session.userId,
      action: 'tierReview.start',
      entityType: 'TierReview',
      entityId: review.id,
      after: { ...input, items },
    });
    return { id: review.id, items };
  });
}

export async function listTierReviews(db: Db) {
  const rows = await db.tierReview.findMany({
    orderBy: { asOf: 'desc' },
    take: 100,
    select: { id: true, title: true, period: true, asOf: true, closedAt: true, _count: { select: { items: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, period: r.period, asOf: r.asOf, closedAt: r.closedAt, items: r._count.items }));
}

export type ReviewItemView = {
  id: string;
  opportunityId: string;
  opportunityName: string;
  accountName: string;
  ownerId: string;
  ownerName: string;
  previousTier: number | null;
  previousOutcome: Outcome | null;
  currentTier: number;
  outcome: Outcome;
  amount: string | null;
  decision: 'ADVANCE' | 'HOLD' | 'DOWNGRADE' | 'DROP' | null;
  reason: string | null;
  nextStep: string | null;
  nextStepDueDate: Date | null;
  decidedAt: Date | null;
};

/** A review as it was frozen: items, the movement matrix per rep, and the reps stuck for N reviews. */
export async function getTierReview(db: Db, id: string) {
  const review = await db.tierReview.findUnique({
    where: { id },
    select: { id: true, title: true, period: true, asOf: true, closedAt: true, previousId: true },
  });
  if (!review) return null;
  const items = await db.$queryRaw<ReviewItemView[]>`
    SELECT i.id, i."opportunityId", o.name AS "opportunityName", a.name AS "accountName", i."ownerId", u.name AS "ownerName",
           i."previousTier"::int AS "previousTier", p.outcome::text AS "previousOutcome", i."currentTier"::int AS "currentTier",
           i.outcome::text AS outcome, i.amount::text AS amount, i.decision::text AS decision, i.reason, i."nextStep",
           i."nextStepDueDate", i."decidedAt"
    FROM "TierReviewItem" i
    JOIN "Opportunity" o ON o.id = i."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    JOIN "User" u ON u.id = i."ownerId"
    LEFT JOIN "TierReviewItem" p ON p."reviewId" = ${review.previousId}::uuid AND p."opportunityId" = i."opportunityId"
    WHERE i."reviewId" = ${id}::uuid
    ORDER BY u.name, i."currentTier" DESC, o.name`;
  const n = await getSetting(db, 'stagnantReviewCount');
  const recent = await db.tierReview.findMany({
    where: { asOf: { lte: review.asOf } },
    orderBy: { asOf: 'desc' },
    take: n,
    select: { id: true },
  });
  const recentItems = await db.tierReviewItem.findMany({
    where: { reviewId: { in: recent.map((r) => r.id) } },
    select: { reviewId: true, ownerId: true, previousTier: true, currentTier: true, outcome: true },
  });
  const stuckIds = stagnantReps(
    recent.map((r) => recentItems.filter((i) => i.reviewId === r.id)),
    n,
  );
  const names = new Map(items.map((i) => [i.ownerId, i.ownerName]));
  const missing = stuckIds.filter((x) => !names.has(x));
  if (missing.length)
    for (const u of await db.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } })) names.set(u.id, u.name);
  return {
    review,
    items,
    matrix: buildMovementMatrix(items).map((m) => ({ ...m, ownerName: names.get(m.ownerId) ?? '' })),
    stagnant: stuckIds.map((x) => ({ ownerId: x, ownerName: names.get(x) ?? '' })),
    stagnantReviewCount: n,
  };
}

export async function decideReviewItem(db: DbClient, session: AppSession, input: z.infer<typeof decideReviewItemSchema>) {
  assertCan(session, 'tierReview:run');
  return db.$transaction(async (tx) => {
    const item = await tx.tierReviewItem.findUnique({
      where: { id: input.itemId },
      select: { id: true, reviewId: true, decision: true, review: { select: { closedAt: true } } },
    });
    if (!item) throw notFound();
    if (item.review.closedAt) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reviewClosed');
    if ((input.decision === 'DOWNGRADE' || input.decision === 'DROP') && !input.reason)
      throw new DomainError('VALIDATION', 'validation', {
        fields: [{ path: 'reason', message: 'a reason is required to downgrade or drop' }],
      });
    await tx.tierReviewItem.update({
      where: { id: item.id },
      data: {
        decision: input.decision,
        reason: input.reason ?? null,
        nextStep: input.nextStep ?? null,
        nextStepDueDate: input.nextStepDueDate ? new Date(input.nextStepDueDate) : null,
        decidedById: session.userId,
        decidedAt: new Date(),
      },
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'tierReview.decide',
      entityType: 'TierReviewItem',
      entityId: item.id,
      before: { decision: item.decision },
      after: input,
    });
  });
}

export async function closeTierReview(db: DbClient, session: AppSession, input: z.infer<typeof closeTierReviewSchema>) {
  assertCan(session, 'tierReview:run');
  return db.$transaction(async (tx) => {
    const n = await tx.tierReview.updateMany({ where: { id: input.reviewId, closedAt: null }, data: { closedAt: new Date() } });
    if (n.count === 0) {
      if (!(await tx.tierReview.findUnique({ where: { id: input.reviewId }, select: { id: true } }))) throw notFound();
      throw new DomainError('UNPROCESSABLE', 'tiers.errors.reviewClosed');
    }
    await audit(tx, { actorId: session.userId, action: 'tierReview.close', entityType: 'TierReview', entityId: input.reviewId });
  });
}
