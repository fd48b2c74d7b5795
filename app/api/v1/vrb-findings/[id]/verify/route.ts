import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { verifyFinding } from '@/lib/server/commands/vrb';
import { verifyFindingBodySchema, vrbFindingIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-findings/{id}/verify { resolved, note?, version } → the finding (RESOLVED, or back
// to OPEN when resolved=false, which needs a note); 409 on a stale version.
export const POST = apiRoute(
  { permission: 'vrb:finding:verify', params: vrbFindingIdParamsSchema, body: verifyFindingBodySchema },
  async ({ session, params, body }) => verifyFinding(db, session, params.id, body),
);
