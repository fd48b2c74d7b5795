import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { addActivity } from '@/lib/server/commands/opportunities';
import { addOpportunityActivityBodySchema } from '@/lib/validation/activities';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/{id}/activities { type, subject, body?, occurredAt, nextStep?, nextStepDueDate? }
// → 201 the activity; a next step becomes the deal's 다음 단계 in the same transaction.
export const POST = apiRoute(
  { permission: 'activity:write', params: opportunityIdParamsSchema, body: addOpportunityActivityBodySchema },
  async ({ session, params, body }) =>
    NextResponse.json(await addActivity(db, session, { ...body, opportunityId: params.id }), { status: 201 }),
);
