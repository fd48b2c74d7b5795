import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getBid, updateBid } from '@/lib/server/commands/tools';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { bidBodySchema } from '@/lib/validation/tools';

// GET /api/v1/opportunities/{id}/bid → the procurement steps, public-bid fields, partners and the
// bid-price check. PUT (same command as the opportunity page's bid panel) → the same view; a
// 투찰 금액 under the lowest valid bid is saved and flagged in `bidCheck` (kind "underLimit").
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getBid(db, session, params.id),
);

export const PUT = apiRoute(
  { permission: 'opportunity:edit', params: opportunityIdParamsSchema, body: bidBodySchema },
  ({ session, params, body }) => updateBid(db, session, { ...body, opportunityId: params.id }),
);
