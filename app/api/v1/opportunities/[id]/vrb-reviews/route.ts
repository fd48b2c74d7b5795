import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { scheduleReview } from '@/lib/server/commands/vrb';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { scheduleReviewBodySchema } from '@/lib/validation/vrb';

// POST /api/v1/opportunities/{id}/vrb-reviews { stage, scheduledAt } → 201 the review; 422 when the
// previous stage has not passed, 409 when the stage is already scheduled. Same command as the page.
export const POST = apiRoute(
  { permission: 'vrb:schedule', params: opportunityIdParamsSchema, body: scheduleReviewBodySchema },
  async ({ session, params, body }) => NextResponse.json(await scheduleReview(db, session, params.id, body), { status: 201 }),
);
