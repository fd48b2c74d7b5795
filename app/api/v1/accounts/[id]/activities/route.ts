import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { addAccountActivity } from '@/lib/server/commands/activities';
import { idParamsSchema } from '@/lib/validation/accounts';
import { addAccountActivityBodySchema } from '@/lib/validation/activities';

// POST /api/v1/accounts/{id}/activities { type, subject, …, opportunityId? } → 201 the activity.
export const POST = apiRoute(
  { permission: 'activity:write', params: idParamsSchema, body: addAccountActivityBodySchema },
  async ({ session, params, body }) =>
    NextResponse.json(await addAccountActivity(db, session, { ...body, accountId: params.id }), { status: 201 }),
);
