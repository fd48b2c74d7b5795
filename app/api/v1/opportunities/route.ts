import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listOpportunities } from '@/lib/server/commands/opportunities';
import { listOpportunitiesQuerySchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities?tier&owner&category&region&cursor&limit → { items, nextCursor } (keyset)
export const GET = apiRoute({ permission: 'opportunity:read', query: listOpportunitiesQuerySchema }, ({ query }) =>
  listOpportunities(db, query),
);
