import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { deleteReferenceItem, updateReferenceItem } from '@/lib/server/commands/reference';
import { referenceBodySchema, referenceItemParamsSchema } from '@/lib/validation/reference';

// PATCH /api/v1/reference/{kind}/{id} { names?, active?, position?, … } → 200 the item.
export const PATCH = apiRoute(
  { permission: 'settings:manage', params: referenceItemParamsSchema, body: referenceBodySchema },
  async ({ session, params, body }) => updateReferenceItem(db, session, params.kind, params.id, body),
);

// DELETE /api/v1/reference/{kind}/{id} → 200; 409 when records use it (error.details.usage: counts + names).
export const DELETE = apiRoute({ permission: 'settings:manage', params: referenceItemParamsSchema }, async ({ session, params }) =>
  deleteReferenceItem(db, session, params.kind, params.id),
);
