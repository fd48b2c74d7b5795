import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listTierReviews, startTierReview } from '@/lib/server/commands/tier-reviews';
import { startTierReviewBody, tierReviewListQuery } from '@/lib/validation/tier-reviews';

// GET /api/v1/tier-reviews?period&limit → { items } newest first.
export const GET = apiRoute({ permission: 'tierReview:read', query: tierReviewListQuery }, async ({ query }) => {
  const rows = await listTierReviews(db, { period: query.period, limit: query.limit });
  return NextResponse.json({
    items: rows.map((r) => ({ ...r, asOf: r.asOf.toISOString(), closedAt: r.closedAt?.toISOString() ?? null })),
  });
});

// POST /api/v1/tier-reviews { period, teamId? } → 201 the review with its snapshot size; 409 when one
// of the same period and scope is open.
export const POST = apiRoute({ permission: 'tierReview:run', body: startTierReviewBody }, async ({ session, body }) => {
  const r = await startTierReview(db, session, body);
  return NextResponse.json({ ...r, asOf: r.asOf.toISOString() }, { status: 201 });
});
