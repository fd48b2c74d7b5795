'use server';
// Authorization: every action here is built with defineAction/defineFormAction, or with
// commandFormAction (through formOn below), which goes through defineFormAction: requireSession()
// and can(roles, permission) run before the command (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import type { z } from '@/lib/validation/z';
import type { AppSession } from '@/lib/auth/session';
import { db, type DbClient } from '@/lib/db/client';
import { defineAction, defineFormAction, type ActionConfig } from '@/lib/server/action';
import { commandFormAction } from '@/lib/server/command-action';
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

const reviewPages = (reviewId: string) => [`/vrb/reviews/${reviewId}`, '/vrb'];
const refresh = (reviewId: string) => reviewPages(reviewId).forEach((path) => revalidatePath(path));

/**
 * A form on one review (`key` 'reviewId') or on one of its findings ('findingId'): the command takes
 * (db, session, that id, the rest of the form); then the pages of the review `reviewIdOf` names
 * are revalidated.
 */
const formOn =
  <K extends 'reviewId' | 'findingId', Out>(key: K, reviewIdOf: (input: Record<K, string>, r: Out) => string) =>
  <S extends z.ZodType<Record<K, string>>, R extends Out, T>(
    config: ActionConfig<S>,
    command: (db: DbClient, session: AppSession, id: string, body: Omit<z.output<S>, K>) => Promise<R>,
    result: (r: R) => T,
  ) =>
    commandFormAction(
      config,
      (db, session, input) => {
        const { [key]: id, ...body } = input;
        return command(db, session, id, body);
      },
      { revalidate: (input, r) => reviewPages(reviewIdOf(input, r)), result },
    );
const onReview = formOn('reviewId', (input) => input.reviewId);
const onFinding = formOn('findingId', (_, r: { reviewId: string }) => r.reviewId);
const withId = (r: { id: string }) => ({ id: r.id });
const withStatus = (r: { id: string; status: string }) => ({ id: r.id, status: r.status });

export const recordOpinionAction = onReview({ schema: opinionFormSchema, permission: 'vrb:opinion' }, recordOpinion, withId);

export const raiseFindingAction = onReview({ schema: findingFormSchema, permission: 'vrb:finding:raise' }, raiseFinding, withId);

export const answerFindingAction = onFinding(
  { schema: answerFindingFormSchema, permission: 'vrb:finding:answer' },
  answerFinding,
  withStatus,
);

export const verifyFindingAction = onFinding(
  { schema: verifyFindingFormSchema, permission: 'vrb:finding:verify' },
  verifyFinding,
  withStatus,
);

export const decideReviewAction = defineFormAction({ schema: decisionFormSchema, permission: 'vrb:decide' }, async ({ input, session }) => {
  const { reviewId, ...body } = input;
  const r = await decideReview(db, session, reviewId, body);
  refresh(reviewId);
  if (r.opportunity) revalidatePath(`/opportunities/${r.opportunity.id}`);
  return { decision: r.decision.decision };
});

export const saveAssessmentAction = defineAction({ schema: assessmentFormSchema, permission: 'vrb:assess' }, async ({ input, session }) => {
  const { reviewId, ...body } = input;
  const r = await saveAssessment(db, session, reviewId, body);
  refresh(reviewId);
  return { weightedScore: r.weightedScore };
});

export const cancelReviewAction = onReview({ schema: cancelReviewFormSchema, permission: 'vrb:schedule' }, cancelReview, (r) => ({
  status: r.status,
}));

export const rescheduleReviewAction = onReview(
  { schema: rescheduleReviewFormSchema, permission: 'vrb:schedule' },
  rescheduleReview,
  (r) => ({ scheduledAt: r.scheduledAt }),
);
