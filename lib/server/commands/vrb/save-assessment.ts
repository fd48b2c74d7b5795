import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import { listReviewScores } from '@/lib/db/queries/vrb-review';
import { getReviewDealOwner, holdReview, replaceAssessments } from '@/lib/db/queries/vrb-review-writes';
import type { AppSession } from '@/lib/auth/session';
import { mayEdit } from '@/lib/domain/access';
import { checkAssessment, weightedScore } from '@/lib/domain/vrb';
import type { AssessmentInput } from '@/lib/validation/vrb';
import { forbidden, notFound } from '../../errors';
import { getSetting } from '../../settings';
import { auditReview, vrbError } from './shared';

/**
 * A scorer's six-criterion assessment on a scheduled review (SPEC §4): the deal's rep side (own /
 * team, lib/domain/access) before the review, VRB members, the chair and executives during it. The
 * caller's earlier scores on this review are replaced (one row per criterion and scorer); one audit row.
 * Returns the caller's scores and the review's weighted score over every scorer.
 */
export async function saveAssessment(db: DbClient, session: AppSession, reviewId: string, input: AssessmentInput) {
  assertCan(session, 'vrb:assess');
  const weights = await getSetting(db, 'assessmentWeights');
  return db.$transaction(async (tx) => {
    if (!(await holdReview(tx, reviewId))) throw notFound();
    const review = (await getReviewDealOwner(tx, reviewId))!;
    const committee = ['VRB_MEMBER', 'VRB_CHAIR', 'EXECUTIVE'].some((r) => session.roles.includes(r as never));
    const repSide = mayEdit(session, { ownerId: review.opportunity.ownerId, ownerManagerId: review.opportunity.owner.managerId });
    if (!committee && !repSide) throw forbidden(); // a review everyone with vrb:read reads: "권한이 없습니다", not "not found"
    const rule = checkAssessment(review, input.scores);
    if (!rule.ok) {
      const e = rule.error;
      if (e.code === 'REVIEW_CLOSED') throw vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
      if (e.code === 'EMPTY') throw vrbError(session, 'VALIDATION', 'assessmentEmpty', { field: 'scores' });
      throw vrbError(session, 'VALIDATION', e.code === 'SCORE_RANGE' ? 'scoreRange' : 'duplicateCriterion', {
        field: e.field,
        params: { field: e.field },
      });
    }
    const before = await replaceAssessments(tx, reviewId, session.userId, rule.value, new Date());
    await auditReview(tx, session, 'vrb.assessment.save', reviewId, {
      before: before.length ? before : null,
      after: rule.value,
    });
    const all = (await listReviewScores(tx, [reviewId])).get(reviewId) ?? [];
    return { reviewId, scores: rule.value, weightedScore: weightedScore(all, weights) };
  });
}
