import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { disqualifyLead } from '@/lib/server/commands/leads/leads';
import { disqualifyBodySchema, leadIdParamsSchema } from '@/lib/validation/leads';

// POST /api/v1/leads/{id}/disqualify { reason, note?, version? } — reason: a DISQUALIFY reason's code or id.
export const POST = apiRoute(
  { permission: 'lead:disqualify', params: leadIdParamsSchema, body: disqualifyBodySchema },
  async ({ session, params, body }) => disqualifyLead(db, session, params.id, body),
);
