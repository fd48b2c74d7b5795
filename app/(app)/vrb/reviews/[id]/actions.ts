'use server';
// Authorization: every action here is built with defineFormAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction, defineFormAction } from '@/lib/server/action';
import {
  answerFinding,
  cancelReview,
  decideReview,
  raiseFinding,
  recordOpinion,
  rescheduleReview,
  saveAssessment,
  verifyFinding,
} from '@/lib/server/commands/vrb';
import {
  answerFindingFormSchema,
  assessmentFormSchema,
  cancelReviewFormSchema,
  decisionFormSchema,
  rescheduleReviewFormSchema,
  findingFormSchema,
  opinionFormSchema,
  verifyFindingFormSchema,
} from '@/lib/validation/vrb';

const refresh = (reviewId: string) => {
  revalidatePath(`/vrb/reviews/${reviewId}`);
  revalidatePath('/vrb');
};

export const recordOpinionAction = defineFormAction(
  { schema: opinionFormSchema, permission: 'vrb:opinion' },
  async ({ input, session }) => {
    const { reviewId, ...body } = input;
    const r = await recordOpinion(db, session, reviewId, body);
    refresh(reviewId);
    return { id: r.id };
  },
);

export const raiseFindingAction = defineFormAction(
  { schema: findingFormSchema, permission: 'vrb:finding:raise' },
  async ({ input, session }) => {
    const { reviewId, ...body } = input;
    const r = await raiseFinding(db, session, reviewId, body);
    refresh(reviewId);
    return { id: r.id };
  },
);

export const answerFindingAction = defineFormAction(
  { schema: answerFindingFormSchema, permission: 'vrb:finding:answer' },
  async ({ input, session }) => {
    const { findingId, ...body } = input;
    const r = await answerFinding(db, session, findingId, body);
    refresh(r.reviewId);
    return { id: r.id, status: r.status };
  },
);

export const verifyFindingAction = defineFormAction(
  { schema: verifyFindingFormSchema, permission: 'vrb:finding:verify' },
  async ({ input, session }) => {
    const { findingId, ...body } = input;
    const r = await verifyFinding(db, session, findingId, body);
    refresh(r.reviewId);
    return { id: r.id, status: r.status };
  },
);

export const decideReviewAction = defineFormAction({ schema: decisionFormSchema, permission: 'vrb:decide' }, async ({ input, session }) => {
  const { reviewId, ...body } = input;
  const r = await decideReview(db, session, reviewId, body);
  refresh(reviewId);
  if (r.opportunity) revalidatePath(`/opportunities/${r.opportunity.id}`);
  return { decision: r.decision.decision };
});

// The six-criterion assessment (rep before the review, members during it): PUT /api/v1/vrb-reviews/{id}/assessment.
export const saveAssessmentAction = defineAction({ schema: assessmentFormSchema, permission: 'vrb:assess' }, async ({ input, session }) => {
  const { reviewId, ...body } = input;
  const r = await saveAssessment(db, session, reviewId, body);
  refresh(reviewId);
  return { weightedScore: r.weightedScore };
});

// Cancel / reschedule with a reason: POST /api/v1/vrb-reviews/{id}/cancel|reschedule.
export const cancelReviewAction = defineFormAction(
  { schema: cancelReviewFormSchema, permission: 'vrb:schedule' },
  async ({ input, session }) => {
    const { reviewId, ...body } = input;
    const r = await cancelReview(db, session, reviewId, body);
    refresh(reviewId);
    return { status: r.status };
  },
);

export const rescheduleReviewAction = defineFormAction(
  { schema: rescheduleReviewFormSchema, permission: 'vrb:schedule' },
  async ({ input, session }) => {
    const { reviewId, ...body } = input;
    const r = await rescheduleReview(db, session, reviewId, body);
    refresh(reviewId);
    return { scheduledAt: r.scheduledAt };
  },
);
