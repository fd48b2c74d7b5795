import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getReviewSummary, setReviewCancelled } from '@/lib/db/queries/vrb-review-writes';
import { checkCancel } from '@/lib/domain/vrb';
import type { CancelReviewInput } from '@/lib/validation/vrb';
import { auditReview, loadReviewForMove, moveRuleError } from './shared';

// Cancel or reschedule a scheduled review, with a reason (issue #11). Whoever may schedule it may
// move it: the deal's rep side (own / team, lib/domain/access), the chair and admins for any deal.
// Row locked, compare-and-set on version, one audit row with the reason.

export async function cancelReview(db: DbClient, session: AppSession, reviewId: string, input: CancelReviewInput) {
  assertCan(session, 'vrb:schedule');
  return db.$transaction(async (tx) => {
    const r = await loadReviewForMove(tx, session, reviewId, input.version);
    const rule = checkCancel(r, input.reason);
    if (!rule.ok) throw moveRuleError(session, rule.error);
    await setReviewCancelled(tx, reviewId, { cancelReason: rule.value.reason, cancelledAt: new Date() });
    await auditReview(tx, session, 'vrb.review.cancel', reviewId, {
      before: { status: r.status, version: r.version },
      after: { status: 'CANCELLED', reason: rule.value.reason, version: r.version + 1 },
    });
    return { ...(await getReviewSummary(tx, reviewId))!, cancelReason: rule.value.reason };
  });
}
