import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { decideTierReviewItem } from '@/lib/server/commands/tier-reviews';
import { decideTierReviewBody, tierReviewIdParams } from '@/lib/validation/tier-reviews';

// POST /api/v1/tier-reviews/{id}/decisions { opportunityId, decision, reason?, nextStep?, nextStepDueDate?, fill? }
// → 201 the decision (and the deal's tier after it); 409 already decided (also the loser of two at
// once); 422 unmet entry requirements (the list) or a deal closed since the snapshot.
export const POST = apiRoute(
  { permission: 'tierReview:run', params: tierReviewIdParams, body: decideTierReviewBody },
  async ({ session, params, body }) => {
    const r = await decideTierReviewItem(db, session, { reviewId: params.id, ...body });
    return NextResponse.json({ ...r, decidedAt: r.decidedAt.toISOString() }, { status: 201 });
  },
);
