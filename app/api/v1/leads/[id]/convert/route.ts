import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { convertLead } from '@/lib/server/commands/leads/leads';
import { convertBodySchema, leadIdParamsSchema } from '@/lib/validation/leads';

// POST /api/v1/leads/{id}/convert { ownerId, opportunityName?, version? } → 201 the new opportunity (Tier 4).
export const POST = apiRoute(
  { permission: 'lead:convert', params: leadIdParamsSchema, body: convertBodySchema },
  async ({ session, params, body }) => NextResponse.json(await convertLead(db, session, params.id, body), { status: 201 }),
);
