import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listOpportunities } from '@/lib/server/commands/opportunities';
import { createOpportunity } from '@/lib/server/commands/opportunities/create-opportunity';
import { createOpportunitySchema, listOpportunitiesQuerySchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities?tier&owner&category&region&cursor&limit → { items, nextCursor } (keyset)
export const GET = apiRoute({ permission: 'opportunity:read', query: listOpportunitiesQuerySchema }, ({ query }) =>
  listOpportunities(db, query),
);

// POST /api/v1/opportunities { name, accountId? | account?, ownerId?, amount?, expectedCloseAt?, categoryId?, tier?, … }
// → 201 at Tier 4 with its first history row (a later tier only with its entry requirements: else 422 listing them)
export const POST = apiRoute({ permission: 'opportunity:create', body: createOpportunitySchema }, async ({ session, body }) => {
  const opp = await createOpportunity(db, session, body);
  return NextResponse.json(opp, { status: 201, headers: { Location: `/api/v1/opportunities/${opp.id}` } });
});
