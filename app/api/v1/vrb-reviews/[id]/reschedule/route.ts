import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { rescheduleReview } from '@/lib/server/commands/vrb';
import { rescheduleReviewBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// POST /api/v1/vrb-reviews/{id}/reschedule { scheduledAt, reason, version? } → the review on its new
// date; a decided or cancelled review is refused (422), a stale version → 409.
export const POST = apiRoute(
  { permission: 'vrb:schedule', params: vrbReviewIdParamsSchema, body: rescheduleReviewBodySchema },
  ({ session, params, body }) => rescheduleReview(db, session, params.id, body),
);
