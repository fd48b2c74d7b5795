import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { moveOpportunityTier } from '@/lib/server/commands/opportunities';
import { moveTierBodySchema, opportunityIdParamsSchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/{id}/tier { to, outcome?, reason?, version } → the opportunity,
// 422 listing the unmet entry requirements, or 409 on a stale version. Same command as the board.
export const POST = apiRoute(
  { permission: 'tier:move', params: opportunityIdParamsSchema, body: moveTierBodySchema },
  ({ session, params, body }) => {
    const { reasonIds, contractAmount, lossType, ...move } = body;
    const fill =
      reasonIds !== undefined || contractAmount !== undefined || lossType !== undefined
        ? { reasonIds, contractAmount, lossType }
        : undefined;
    return moveOpportunityTier(db, session, { ...move, opportunityId: params.id, fill });
  },
);
