import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { updateKamPlan } from '@/lib/server/commands/tools';
import { z } from '@/lib/validation/z';
import { kamPlanBodySchema } from '@/lib/validation/tools';

// PUT /api/v1/accounts/{id}/kam-plan { version, kamGoals?, kamWhitespace?, kamRelationshipPlan? } → the KAM view.
export const PUT = apiRoute(
  { permission: 'account:edit', params: z.object({ id: z.uuid() }), body: kamPlanBodySchema },
  ({ session, params, body }) => updateKamPlan(db, session, { ...body, accountId: params.id }),
);
