import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getOpportunityExperts } from '@/lib/server/commands/tools';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';

// GET /api/v1/opportunities/{id}/experts → { items: [{ expertId, name, internal, field, organization, role, note, createdAt, createdByName }] }
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getOpportunityExperts(db, session, params.id),
);
