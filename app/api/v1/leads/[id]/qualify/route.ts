import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { qualifyLead } from '@/lib/server/commands/leads/leads';
import { leadIdParamsSchema, qualifyBodySchema } from '@/lib/validation/leads';

// POST /api/v1/leads/{id}/qualify { ownerId?, version? } → the lead (SQL); 422 lists missing criteria.
export const POST = apiRoute(
  { permission: 'lead:qualify', params: leadIdParamsSchema, body: qualifyBodySchema },
  async ({ session, params, body }) => qualifyLead(db, session, params.id, body),
);
