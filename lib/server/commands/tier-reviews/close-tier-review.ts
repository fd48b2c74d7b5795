import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { closeTierReviewIfOpen, getReviewHead } from '@/lib/db/queries/tier-reviews';
import { reviewScopeFor } from '@/lib/domain/tiers';
import { auditChange } from '../../audit';
import { DomainError, forbidden, notFound } from '../../errors';

/** Close a review (no more decisions; the next review of its chain may start). Same scope rule as starting it. */
export async function closeTierReview(db: DbClient, session: AppSession, input: { reviewId: string }) {
  assertCan(session, 'tierReview:run');
  return db.$transaction(async (tx) => {
    const head = await getReviewHead(tx, input.reviewId);
    if (!head) throw notFound();
    const scope = reviewScopeFor(session, head.teamId);
    if (!scope.ok || scope.value !== head.teamId) throw forbidden(); // another team's review: readable, not closable
    if (!(await closeTierReviewIfOpen(tx, input.reviewId, new Date()))) throw new DomainError('UNPROCESSABLE', 'tiers.errors.reviewClosed');
    await auditChange(tx, session, 'tierReview.close', 'TierReview', input.reviewId);
  });
}
