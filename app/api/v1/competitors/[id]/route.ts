import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getCompetitorProfile, updateCompetitor } from '@/lib/server/commands/tools';
import { competitorIdParamsSchema, updateCompetitorBodySchema } from '@/lib/validation/tools';

// GET /api/v1/competitors/{id} → the profile with its record against us (closed deals, by business
// category), the lessons that name it and its recent deals. PATCH → the profile (version CAS).
export const GET = apiRoute({ permission: 'opportunity:read', params: competitorIdParamsSchema }, ({ session, params }) =>
  getCompetitorProfile(db, session, params.id),
);

export const PATCH = apiRoute(
  { permission: 'tools:edit', params: competitorIdParamsSchema, body: updateCompetitorBodySchema },
  ({ session, params, body }) => updateCompetitor(db, session, { ...body, competitorId: params.id }),
);
