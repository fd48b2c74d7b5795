'use server';
// Authorization: every action here is built with defineFormAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineFormAction } from '@/lib/server/action';
import { answerFinding, decideReview, raiseFinding, recordOpinion, verifyFinding } from '@/lib/server/commands/vrb';
import {
  answerFindingFormSchema,
  decisionFormSchema,
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
