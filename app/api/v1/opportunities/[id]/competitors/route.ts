import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getOpportunityCompetitors } from '@/lib/server/commands/tools';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities/{id}/competitors → { items: [{ competitorId, name, position, positionNote }] }
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getOpportunityCompetitors(db, session, params.id),
);
