import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { snoozeStall } from '@/lib/server/commands/opportunities';
import { opportunityIdParamsSchema, snoozeStallBodySchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/{id}/stall-snooze { until, reason } → the opportunity: snooze its
// stall flag once per tier entry (422 when it is not stalled or was already snoozed in this tier).
// Same command as the board's stall flag and the opportunity page.
export const POST = apiRoute(
  { permission: 'tier:snooze', params: opportunityIdParamsSchema, body: snoozeStallBodySchema },
  ({ session, params, body }) => snoozeStall(db, session, { ...body, opportunityId: params.id }),
);
