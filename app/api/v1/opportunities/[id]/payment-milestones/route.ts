import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { addMilestone } from '@/lib/server/commands/receivables';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { addMilestoneBodySchema } from '@/lib/validation/receivables';

// POST /api/v1/opportunities/{id}/payment-milestones { kind, amount, dueDate } → 201 the milestone;
// 422 when the deal is not won or the schedule would exceed the contract; 404 when not yours / your team's.
export const POST = apiRoute(
  { permission: 'receivable:edit', params: opportunityIdParamsSchema, body: addMilestoneBodySchema },
  async ({ session, params, body }) =>
    NextResponse.json(await addMilestone(db, session, { ...body, opportunityId: params.id }), { status: 201 }),
);
