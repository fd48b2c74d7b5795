import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { collectMilestone } from '@/lib/server/commands/receivables';
import { collectMilestoneBodySchema, milestoneIdParamsSchema } from '@/lib/validation/receivables';

// POST /api/v1/payment-milestones/{id}/collect { collectedAmount, collectedOn, version } → the milestone.
// collectedAmount is the total collected so far: less than the amount = partial, equal = collected, 0 = undo.
export const POST = apiRoute(
  { permission: 'receivable:collect', params: milestoneIdParamsSchema, body: collectMilestoneBodySchema },
  ({ session, params, body }) => collectMilestone(db, session, { ...body, id: params.id }),
);
