import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getQaEntry, updateQaEntry } from '@/lib/server/commands/tools';
import { qaEntryIdParamsSchema, updateQaEntryBodySchema } from '@/lib/validation/tools';

// GET /api/v1/qa-entries/{id} → the entry. PATCH → only the fields sent (version CAS, stale → 409).
export const GET = apiRoute({ permission: 'opportunity:read', params: qaEntryIdParamsSchema }, ({ session, params }) =>
  getQaEntry(db, session, params.id),
);

export const PATCH = apiRoute(
  { permission: 'tools:edit', params: qaEntryIdParamsSchema, body: updateQaEntryBodySchema },
  ({ session, params, body }) => updateQaEntry(db, session, { ...body, qaEntryId: params.id }),
);
