import { z } from '@/lib/validation/z';
import { activityBodySchema } from './opportunities';

// Account activities (issue #12 item 7): logged on the account page or
// POST /api/v1/accounts/{id}/activities; `opportunityId` (one of the account's deals) also puts
// it on that deal and copies its next step there. Deal activities: addActivitySchema.

export const addAccountActivityBodySchema = activityBodySchema.extend({ opportunityId: z.uuid().nullable().optional() });
export const addAccountActivitySchema = addAccountActivityBodySchema.extend({ accountId: z.uuid() });
export type AddAccountActivityInput = z.infer<typeof addAccountActivitySchema>;

/** POST /api/v1/opportunities/{id}/activities */
export const addOpportunityActivityBodySchema = activityBodySchema;

export const activityItemSchema = z.object({
  id: z.uuid(),
  type: z.enum(['MEETING', 'CALL', 'EMAIL', 'VISIT', 'DEMO', 'PROPOSAL', 'NOTE', 'TASK']),
  subject: z.string(),
  opportunityId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  nextStep: z.string().nullable(),
  nextStepDueDate: z.iso.date().nullable(),
});
