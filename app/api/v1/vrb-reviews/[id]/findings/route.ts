import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { raiseFinding } from '@/lib/server/commands/vrb';
import { findingBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-reviews/{id}/findings { domain?, issue, severity, requiredFix } → 201 the finding (OPEN).
export const POST = apiRoute(
  { permission: 'vrb:finding:raise', params: vrbReviewIdParamsSchema, body: findingBodySchema },
  async ({ session, params, body }) => NextResponse.json(await raiseFinding(db, session, params.id, body), { status: 201 }),
);
