import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { addPowerMapPerson, getOpportunityPowerMap } from '@/lib/server/commands/power-map';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { addPowerMapPersonBodySchema } from '@/lib/validation/power-map';

// GET /api/v1/opportunities/{id}/power-map → { people }: the deal's buying committee.
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getOpportunityPowerMap(db, session, params.id),
);

// POST /api/v1/opportunities/{id}/power-map { name, title?, reportsToId?, stance?, power?, powerRole?, relationshipOwnerId? }
// → 201 the person; the same command as the power map page's "사람 추가".
export const POST = apiRoute(
  { permission: 'tools:edit', params: opportunityIdParamsSchema, body: addPowerMapPersonBodySchema },
  async ({ session, params, body }) =>
    NextResponse.json(await addPowerMapPerson(db, session, { ...body, opportunityId: params.id }), { status: 201 }),
);
