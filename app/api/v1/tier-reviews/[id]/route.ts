import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { notFound } from '@/lib/server/errors';
import { getTierReview, serializeTierReview } from '@/lib/server/commands/tier-reviews';
import { tierReviewIdParams } from '@/lib/validation/tier-reviews';

// GET /api/v1/tier-reviews/{id} → the frozen snapshot, decisions, movement matrix and stagnant reps.
export const GET = apiRoute({ permission: 'tierReview:read', params: tierReviewIdParams }, async ({ session, params }) => {
  const v = await getTierReview(db, session, params.id);
  if (!v) throw notFound();
  return NextResponse.json(serializeTierReview(v));
});
