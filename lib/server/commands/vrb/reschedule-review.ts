import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getReviewSummary, setReviewDate } from '@/lib/db/queries/vrb-review-writes';
import { checkReschedule } from '@/lib/domain/vrb';
import type { RescheduleReviewInput } from '@/lib/validation/vrb';
import { auditReview, loadReviewForMove, moveRuleError } from './shared';

/** Move a scheduled review to another date, with a reason (kept in the audit row); a decided one is refused. */
export async function rescheduleReview(db: DbClient, session: AppSession, reviewId: string, input: RescheduleReviewInput) {
  assertCan(session, 'vrb:schedule');
  return db.$transaction(async (tx) => {
    const r = await loadReviewForMove(tx, session, reviewId, input.version);
    const rule = checkReschedule(r, input.scheduledAt, input.reason);
    if (!rule.ok) throw moveRuleError(session, rule.error);
    await setReviewDate(tx, reviewId, rule.value.scheduledAt);
    await auditReview(tx, session, 'vrb.review.reschedule', reviewId, {
      before: { scheduledAt: r.scheduledAt, version: r.version },
      after: { scheduledAt: rule.value.scheduledAt, reason: rule.value.reason, version: r.version + 1 },
    });
    return (await getReviewSummary(tx, reviewId))!;
  });
}
