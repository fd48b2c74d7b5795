'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction, defineFormAction } from '@/lib/server/action';
import { addActivity, addOpportunityContact, updateOpportunity } from '@/lib/server/commands/opportunities';
import { addActivitySchema, addContactSchema, updateOpportunitySchema } from '@/lib/validation/opportunities';
import { putEconomics, scheduleReview } from '@/lib/server/commands/vrb';
import { economicsFormSchema, scheduleReviewFormSchema } from '@/lib/validation/vrb';

// Inline edits call the same command as PATCH /api/v1/opportunities/{id} (version-checked).
export const updateOpportunityAction = defineAction(
  { schema: updateOpportunitySchema, permission: 'opportunity:edit' },
  async ({ input, session }) => {
    const result = await updateOpportunity(db, session, input);
    revalidatePath(`/opportunities/${input.opportunityId}`);
    return result;
  },
);

export const addActivityAction = defineAction({ schema: addActivitySchema, permission: 'activity:write' }, async ({ input, session }) => {
  const result = await addActivity(db, session, input);
  revalidatePath(`/opportunities/${input.opportunityId}`);
  return result;
});

export const addContactAction = defineAction({ schema: addContactSchema, permission: 'opportunity:edit' }, async ({ input, session }) => {
  const result = await addOpportunityContact(db, session, input);
  revalidatePath(`/opportunities/${input.opportunityId}`);
  return result;
});

// VRB: schedule a review of a stage — the same command as POST /api/v1/opportunities/{id}/vrb-reviews.
export const scheduleVrbReviewAction = defineFormAction(
  { schema: scheduleReviewFormSchema, permission: 'vrb:schedule' },
  async ({ input, session }) => {
    const { opportunityId, ...body } = input;
    const review = await scheduleReview(db, session, opportunityId, body);
    revalidatePath(`/opportunities/${opportunityId}`);
    revalidatePath('/vrb');
    return { id: review.id };
  },
);

// The ROI calculator's save: the same command as PUT /api/v1/opportunities/{id}/economics.
export const saveEconomicsAction = defineAction(
  { schema: economicsFormSchema, permission: 'vrb:economics' },
  async ({ input, session }) => {
    const { opportunityId, ...body } = input;
    const r = await putEconomics(db, session, opportunityId, body);
    revalidatePath(`/opportunities/${opportunityId}`);
    return { version: r.version };
  },
);
