// VRB committee workflow (SPEC §4, issue #11): what blocks the chair's decision (shown BEFORE the
// chair picks), findings' due dates, cancelling and rescheduling a review. Pure; `today` is passed in.

import { err, ok, type Result } from '../result';
import { priceGuard } from './economics';
import { opinionStatus, type ReviewStatus, type VrbDomain } from './review';

export type Blocker =
  | { kind: 'MISSING_OPINION'; domain: VrbDomain }
  | { kind: 'OPEN_FINDINGS'; count: number; overdue: number }
  | { kind: 'MARGIN_BELOW_FLOOR'; marginPct: number; floorPct: number };

/**
 * Everything that stands between the review and a clean PASS, in the order the form lists them:
 * each required domain without an opinion, the unresolved findings (with how many are overdue),
 * a snapshot margin under the floor. [] means PASS needs nothing more. The form shows this list and
 * preselects no decision.
 */
export function decisionBlockers(f: {
  requiredDomains: readonly VrbDomain[];
  opinionDomains: readonly VrbDomain[];
  findings: readonly { status: 'OPEN' | 'ANSWERED' | 'RESOLVED'; dueDate: Date | null }[];
  marginPct: number | null;
  marginFloorPct: number;
  today: Date;
}): Blocker[] {
  const out: Blocker[] = opinionStatus(f.requiredDomains, f.opinionDomains).missing.map((domain) => ({
    kind: 'MISSING_OPINION' as const,
    domain,
  }));
  const open = f.findings.filter((x) => x.status !== 'RESOLVED');
  if (open.length > 0)
    out.push({ kind: 'OPEN_FINDINGS', count: open.length, overdue: open.filter((x) => isFindingOverdue(x, f.today)).length });
  if (priceGuard(f.marginPct, f.marginFloorPct) === 'belowFloor')
    out.push({ kind: 'MARGIN_BELOW_FLOOR', marginPct: f.marginPct!, floorPct: f.marginFloorPct });
  return out;
}

const dayOf = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** An unresolved finding whose due date (a calendar day) is before today. */
export function isFindingOverdue(f: { status: 'OPEN' | 'ANSWERED' | 'RESOLVED'; dueDate: Date | null }, today: Date): boolean {
  return f.status !== 'RESOLVED' && f.dueDate !== null && dayOf(f.dueDate) < dayOf(today);
}

/** A finding's due date may not fall before the review's day. */
export function checkFindingDueDate(
  dueDate: Date | null | undefined,
  reviewScheduledAt: Date,
  reviewDay?: Date,
): Result<Date | null, { code: 'DUE_BEFORE_REVIEW' }> {
  if (!dueDate) return ok(null);
  return dayOf(dueDate) < dayOf(reviewDay ?? reviewScheduledAt) ? err({ code: 'DUE_BEFORE_REVIEW' }) : ok(dueDate);
}

export type CancelError = { code: 'NOT_SCHEDULED'; status: ReviewStatus } | { code: 'REASON_REQUIRED' };

/** Only a scheduled review can be cancelled, with a reason. */
export function checkCancel(review: { status: ReviewStatus }, reason: string | null | undefined): Result<{ reason: string }, CancelError> {
  if (review.status !== 'SCHEDULED') return err({ code: 'NOT_SCHEDULED', status: review.status });
  const r = reason?.trim();
  if (!r) return err({ code: 'REASON_REQUIRED' });
  return ok({ reason: r });
}

export type RescheduleError = CancelError | { code: 'SAME_DATE' };

/** Only a scheduled review moves to another date (a decided one is refused), with a reason. */
export function checkReschedule(
  review: { status: ReviewStatus; scheduledAt: Date },
  to: Date,
  reason: string | null | undefined,
): Result<{ scheduledAt: Date; reason: string }, RescheduleError> {
  const c = checkCancel(review, reason);
  if (!c.ok) return c;
  if (to.getTime() === review.scheduledAt.getTime()) return err({ code: 'SAME_DATE' });
  return ok({ scheduledAt: to, reason: c.value.reason });
}
