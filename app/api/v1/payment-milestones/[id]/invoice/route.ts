import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { invoiceMilestone } from '@/lib/server/commands/receivables/invoice-milestone';
import { invoiceMilestoneBodySchema, milestoneIdParamsSchema } from '@/lib/validation/receivables';

// POST /api/v1/payment-milestones/{id}/invoice { invoicedAmount, invoicedOn, version } → the milestone;
// collected ≤ invoiced ≤ amount (400 naming the field), stale version → 409. The finance VRB member too.
export const POST = apiRoute(
  { permission: 'receivable:collect', params: milestoneIdParamsSchema, body: invoiceMilestoneBodySchema },
  ({ session, params, body }) => invoiceMilestone(db, session, { ...body, id: params.id }),
);
