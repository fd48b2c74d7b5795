import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { answerFinding } from '@/lib/server/commands/vrb';
import { answerFindingBodySchema, vrbFindingIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-findings/{id}/answer { answer, version } → the finding (ANSWERED); 409 on a stale version.
export const POST = apiRoute(
  { permission: 'vrb:finding:answer', params: vrbFindingIdParamsSchema, body: answerFindingBodySchema },
  async ({ session, params, body }) => answerFinding(db, session, params.id, body),
);
