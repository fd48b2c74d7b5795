import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { saveAssessment } from '@/lib/server/commands/vrb';
import { assessmentBodySchema, vrbReviewIdParamsSchema } from '@/lib/validation/vrb';

// PUT /api/v1/vrb-reviews/{id}/assessment { scores: [{ criterion, score 1–5, notes? }] } → the caller's
// scores on this review (replacing their earlier ones) and the review's weighted score. The deal's rep
// side scores before the review, VRB members and the chair during it; only while it is scheduled.
export const PUT = apiRoute(
  { permission: 'vrb:assess', params: vrbReviewIdParamsSchema, body: assessmentBodySchema },
  ({ session, params, body }) => saveAssessment(db, session, params.id, body),
);
