'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction, commandFormAction } from '@/lib/server/command-action';
import { addActivity, addOpportunityContact, updateOpportunity } from '@/lib/server/commands/opportunities';
import { addActivitySchema, addContactSchema, updateOpportunitySchema } from '@/lib/validation/opportunities';
import { putEconomics, scheduleReview } from '@/lib/server/commands/vrb';
import { economicsFormSchema, scheduleReviewFormSchema } from '@/lib/validation/vrb';

const opportunityPage = (input: { opportunityId: string }) => [`/opportunities/${input.opportunityId}`];

// Inline edits call the same command as PATCH /api/v1/opportunities/{id} (version-checked).
export const updateOpportunityAction = commandAction(
  { schema: updateOpportunitySchema, permission: 'opportunity:edit' },
  updateOpportunity,
  {
    revalidate: opportunityPage,
  },
);

export const addActivityAction = commandAction({ schema: addActivitySchema, permission: 'activity:write' }, addActivity, {
  revalidate: opportunityPage,
});

export const addContactAction = commandAction({ schema: addContactSchema, permission: 'opportunity:edit' }, addOpportunityContact, {
  revalidate: opportunityPage,
});

export const scheduleVrbReviewAction = commandFormAction(
  { schema: scheduleReviewFormSchema, permission: 'vrb:schedule' },
  (db, session, { opportunityId, ...body }) => scheduleReview(db, session, opportunityId, body),
  { revalidate: (input) => [...opportunityPage(input), '/vrb'], result: (review) => ({ id: review.id }) },
);

export const saveEconomicsAction = commandAction(
  { schema: economicsFormSchema, permission: 'vrb:economics' },
  (db, session, { opportunityId, ...body }) => putEconomics(db, session, opportunityId, body),
  { revalidate: opportunityPage, result: (r) => ({ version: r.version }) },
);
