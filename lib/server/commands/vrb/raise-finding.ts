import 'server-only';
import { notifyVrbDealOwner } from '@/lib/db/queries/notifications';
import type { DbClient } from '@/lib/db/client';
import { insertFinding } from '@/lib/db/queries/vrb-findings';
import { holdReview } from '@/lib/db/queries/vrb-review-writes';
import type { AppSession } from '@/lib/auth/session';
import { checkFindingDueDate, checkRaiseFinding } from '@/lib/domain/vrb';
import type { FindingInput } from '@/lib/validation/vrb';
import { auditChange } from '../../audit';
import { notFound } from '../../errors';
import { vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';

/** A VRB member raises a finding (issue, severity, required fix) in a domain they hold. */
export async function raiseFinding(db: DbClient, session: AppSession, reviewId: string, input: FindingInput) {
  assertCan(session, 'vrb:finding:raise');
  return db.$transaction(async (tx) => {
    const review = await holdReview(tx, reviewId);
    if (!review) throw notFound();
    const due = checkFindingDueDate(input.dueDate ?? null, review.scheduledAt);
    if (!due.ok) throw vrbError(session, 'VALIDATION', 'dueBeforeReview', { field: 'dueDate' });
    const check = checkRaiseFinding(review, session.vrbDomains, input.domain);
    if (!check.ok) {
      if (check.error.code === 'REVIEW_CLOSED') throw vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
      if (check.error.code === 'DOMAIN_REQUIRED') throw vrbError(session, 'VALIDATION', 'domainRequired', { field: 'domain' });
      throw vrbError(session, 'FORBIDDEN', 'notYourDomain', { field: 'domain' });
    }
    const finding = await insertFinding(tx, {
      reviewId,
      domain: check.value.domain,
      raisedById: session.userId,
      issue: input.issue,
      severity: input.severity,
      requiredFix: input.requiredFix,
      dueDate: due.value,
    });
    await auditChange(tx, session, 'vrb.finding.raise', 'VrbFinding', finding.id, {
      after: finding,
    });
    await notifyVrbDealOwner(tx, reviewId, 'FINDING_RAISED', { issue: input.issue }, session.userId);
    return finding;
  });
}
