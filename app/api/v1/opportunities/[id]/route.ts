import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getOpportunityOrThrow, updateOpportunity } from '@/lib/server/commands/opportunities';
import { opportunityIdParamsSchema, patchOpportunityBodySchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities/{id}; PATCH with `version` (stale → 409 with the current record)
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ params }) =>
  getOpportunityOrThrow(db, params.id),
);

export const PATCH = apiRoute(
  { permission: 'opportunity:edit', params: opportunityIdParamsSchema, body: patchOpportunityBodySchema },
  ({ session, params, body }) => updateOpportunity(db, session, { ...body, opportunityId: params.id }),
);
