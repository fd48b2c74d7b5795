import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updateLead } from '@/lib/server/commands/leads/update-lead';
import { leadIdParamsSchema, patchLeadBodySchema } from '@/lib/validation/leads';

// PATCH /api/v1/leads/{id} { …fields, version } → the lead with its qualification checklist; stale version → 409 with the current lead
export const PATCH = apiRoute(
  { permission: 'lead:edit', params: leadIdParamsSchema, body: patchLeadBodySchema },
  ({ session, params, body }) => updateLead(db, session, { ...body, leadId: params.id }),
);
