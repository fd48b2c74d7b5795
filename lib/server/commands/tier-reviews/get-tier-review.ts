import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { buildMovementMatrix, mayDecideInReview, stagnantReps } from '@/lib/domain/tiers';
import { chainHistory, getReviewHead, getReviewItems } from '@/lib/db/queries/tier-reviews';
import { userNamesByIds } from '@/lib/db/queries/users';
import { getSetting } from '../../settings';

/**
 * A review as frozen: items (with the deal's live tier and each decision), the movement matrix per
 * rep, the reps whose tiers did not move for N reviews of the same chain, and per item whether the
 * caller may decide on it (mayDecideInReview).
 */
export async function getTierReview(db: Db, session: AppSession | null, id: string) {
  const review = await getReviewHead(db, id);
  if (!review) return null;
  const [items, n] = await Promise.all([getReviewItems(db, review), getSetting(db, 'stagnantReviewCount')]);
  const history = await chainHistory(db, review, n);
  const stuckIds = stagnantReps(history, n);
  const names = new Map(items.map((i) => [i.ownerId, i.ownerName]));
  const missing = [...stuckIds, ...(review.teamId ? [review.teamId] : [])].filter((x) => !names.has(x));
  if (missing.length) for (const u of await userNamesByIds(db, missing)) names.set(u.id, u.name);
  const open = !review.closedAt;
  return {
    review,
    /** the team's manager's name (null: the whole firm) */
    teamName: review.teamId ? (names.get(review.teamId) ?? null) : null,
    items: items.map((i) => ({
      ...i,
      mayDecide:
        !!session &&
        open &&
        !i.decision &&
        i.outcome === 'OPEN' &&
        mayDecideInReview(session, review, { ownerId: i.ownerId, ownerManagerId: i.ownerManagerId }),
    })),
    matrix: buildMovementMatrix(items).map((m) => ({ ...m, ownerName: names.get(m.ownerId) ?? '' })),
    stagnant: stuckIds.map((x) => ({ ownerId: x, ownerName: names.get(x) ?? '' })),
    stagnantReviewCount: n,
  };
}
export type TierReviewView = NonNullable<Awaited<ReturnType<typeof getTierReview>>>;

/** The API view of a review (dates as ISO strings). */
export function serializeTierReview(v: TierReviewView) {
  return {
    id: v.review.id,
    title: v.review.title,
    period: v.review.period,
    teamId: v.review.teamId,
    asOf: v.review.asOf.toISOString(),
    closedAt: v.review.closedAt?.toISOString() ?? null,
    previousId: v.review.previousId,
    items: v.items.map((i) => ({
      id: i.id,
      opportunityId: i.opportunityId,
      opportunityName: i.opportunityName,
      accountName: i.accountName,
      ownerId: i.ownerId,
      ownerName: i.ownerName,
      previousTier: i.previousTier,
      currentTier: i.currentTier,
      outcome: i.outcome,
      liveTier: i.liveTier,
      liveOutcome: i.liveOutcome,
      amount: i.amount,
      decision: i.decision,
      reason: i.reason,
      nextStep: i.nextStep,
      nextStepDueDate: i.nextStepDueDate ? new Date(i.nextStepDueDate).toISOString().slice(0, 10) : null,
      decidedAt: i.decidedAt?.toISOString() ?? null,
      appliedTier: i.appliedTier,
    })),
    matrix: v.matrix,
    stagnant: v.stagnant,
    stagnantReviewCount: v.stagnantReviewCount,
  };
}
