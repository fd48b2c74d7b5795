import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getExpertProfile, updateExpert } from '@/lib/server/commands/tools';
import { expertIdParamsSchema, updateExpertBodySchema } from '@/lib/validation/experts';

// GET /api/v1/experts/{id} → { expert, record, deals } (the deals they helped, their 수주율).
// PATCH → only the fields sent (version CAS, stale → 409 with the current expert).
export const GET = apiRoute({ permission: 'opportunity:read', params: expertIdParamsSchema }, ({ session, params }) =>
  getExpertProfile(db, session, params.id),
);

export const PATCH = apiRoute(
  { permission: 'tools:edit', params: expertIdParamsSchema, body: updateExpertBodySchema },
  ({ session, params, body }) => updateExpert(db, session, { ...body, expertId: params.id }),
);
