import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { cancelReview } from '@/lib/server/commands/vrb';
import { cancelReviewBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-reviews/{id}/cancel { reason, version? } → the review CANCELLED; 422 when it is not
// scheduled (decided or already cancelled), 409 on a stale version.
export const POST = apiRoute(
  { permission: 'vrb:schedule', params: vrbReviewIdParamsSchema, body: cancelReviewBodySchema },
  ({ session, params, body }) => cancelReview(db, session, params.id, body),
);
