import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getEconomics, putEconomics } from '@/lib/server/commands/vrb';
import { opportunityIdParamsSchema } from '@/lib/validation/opportunities';
import { economicsBodySchema } from '@/lib/validation/vrb';

// GET /api/v1/opportunities/{id}/economics → the working ROI calculator with totalCost, grossProfit,
// marginPct, roiPct and version (0 before the first save). Everyone signed in reads it.
export const GET = apiRoute({ permission: 'opportunity:read', params: opportunityIdParamsSchema }, ({ session, params }) =>
  getEconomics(db, session, params.id),
);

// PUT /api/v1/opportunities/{id}/economics { contractPrice, …, labor[], paymentSchedule?, version? }
// → the same with the derived figures; 400 naming the field (negative cost, percents ≠ 100, …),
// 409 with the current copy on a stale version. Reps/managers on their own / their team's deals.
export const PUT = apiRoute(
  { permission: 'vrb:economics', params: opportunityIdParamsSchema, body: economicsBodySchema },
  ({ session, params, body }) => putEconomics(db, session, params.id, body),
);
