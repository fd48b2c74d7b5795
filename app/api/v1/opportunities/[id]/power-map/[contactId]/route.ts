import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updatePowerMapPerson } from '@/lib/server/commands/power-map';
import { patchPowerMapPersonBodySchema, powerMapPersonParamsSchema } from '@/lib/validation/power-map';

// PATCH /api/v1/opportunities/{id}/power-map/{contactId} { version, reportsToId?, stance?, power?, powerRole?,
// relationshipOwnerId? } → the person; a reports-to loop → 422, stale version → 409 with the current person.
export const PATCH = apiRoute(
  { permission: 'tools:edit', params: powerMapPersonParamsSchema, body: patchPowerMapPersonBodySchema },
  ({ session, params, body }) => updatePowerMapPerson(db, session, { ...body, opportunityId: params.id, contactId: params.contactId }),
);
