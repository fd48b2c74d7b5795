import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { recordOpinion } from '@/lib/server/commands/vrb';
import { opinionBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-reviews/{id}/opinions { domain, opinion, recommendation? } → 201 the opinion;
// 403 for a domain the member does not hold, 409 when the domain already has one.
export const POST = apiRoute(
  { permission: 'vrb:opinion', params: vrbReviewIdParamsSchema, body: opinionBodySchema },
  async ({ session, params, body }) => NextResponse.json(await recordOpinion(db, session, params.id, body), { status: 201 }),
);
