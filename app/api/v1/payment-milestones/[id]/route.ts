import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { deleteMilestone, updateMilestone } from '@/lib/server/commands/receivables';
import { deleteMilestoneQuerySchema, milestoneIdParamsSchema, updateMilestoneBodySchema } from '@/lib/validation/receivables';

// PATCH /api/v1/payment-milestones/{id} { kind?, amount?, dueDate?, version } → the milestone (409 + current on a stale version).
export const PATCH = apiRoute(
  { permission: 'receivable:edit', params: milestoneIdParamsSchema, body: updateMilestoneBodySchema },
  ({ session, params, body }) => updateMilestone(db, session, { ...body, id: params.id }),
);

// DELETE /api/v1/payment-milestones/{id}?version= → { id, deleted: true }.
export const DELETE = apiRoute(
  { permission: 'receivable:edit', params: milestoneIdParamsSchema, query: deleteMilestoneQuerySchema },
  ({ session, params, query }) => deleteMilestone(db, session, { id: params.id, version: query.version }),
);
