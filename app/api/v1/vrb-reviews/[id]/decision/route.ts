import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { decideReview } from '@/lib/server/commands/vrb';
import { decisionBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-reviews/{id}/decision { decision, reason?, overrideReason? } → 201 the decision;
// 422 for a rule refusal (PASS under the margin floor without an override reason, …), 409 when
// already decided. DROP also moves the opportunity to Tier 0 DROPPED in the same transaction.
export const POST = apiRoute(
  { permission: 'vrb:decide', params: vrbReviewIdParamsSchema, body: decisionBodySchema },
  async ({ session, params, body }) => NextResponse.json(await decideReview(db, session, params.id, body), { status: 201 }),
);
