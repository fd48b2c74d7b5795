import 'server-only';
import { notifyVrbDealOwner } from '@/lib/db/queries/notifications';
import type { DbClient } from '@/lib/db/client';
import { getReviewSummary, insertDecision, lockReviewForDecision, markReviewDecided } from '@/lib/db/queries/vrb-review-writes';
import type { AppSession } from '@/lib/auth/session';
import { decideReview as decideRule, economicsInputOf, marginOf, type DecideError } from '@/lib/domain/vrb';
import type { DecisionInput } from '@/lib/validation/vrb';
import { notFound } from '../../errors';
import { dropOpportunityByVrb } from '../opportunities/move-tier';
import { serializeOpportunity } from '../opportunities/serialize';
import { getSetting, getSettings } from '../../settings';
import { auditReview, MARGIN_MAX, storedPct, vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';

function decideError(session: AppSession, e: DecideError, current: unknown) {
  switch (e.code) {
    case 'REVIEW_CLOSED':
      return vrbError(session, 'CONFLICT', 'alreadyDecided', { details: current });
    case 'REASON_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'reasonRequired', { field: 'reason' });
    case 'OVERRIDE_NOT_ALLOWED':
      return vrbError(session, 'VALIDATION', 'overrideNotAllowed', { field: 'overrideReason' });
    case 'OPINIONS_MISSING':
      return vrbError(session, 'UNPROCESSABLE', 'opinionsMissing', {
        params: { count: e.missing.length },
        details: { missing: e.missing },
        field: 'missingOpinionReason',
      });
    case 'MISSING_OPINION_REASON_NOT_ALLOWED':
      return vrbError(session, 'VALIDATION', 'missingOpinionReasonNotAllowed', { field: 'missingOpinionReason' });
    case 'FINDINGS_UNRESOLVED':
      return vrbError(session, 'UNPROCESSABLE', 'findingsUnresolved', {
        params: { count: e.unresolved },
        details: { unresolved: e.unresolved },
      });
    case 'NO_FINDINGS_FOR_CONDITIONAL':
      return vrbError(session, 'UNPROCESSABLE', 'noFindingsForConditional', { field: 'decision' });
    case 'OVERRIDE_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'overrideRequired', {
        params: { margin: e.marginPct, floor: e.floorPct },
        details: { marginPct: e.marginPct, floorPct: e.floorPct },
        field: 'overrideReason',
      });
  }
}

/**
 * The chair's decision on a scheduled review (SPEC §4), append-only: one VrbDecision row (with the
 * margin at decision time), the review DECIDED (compare-and-set on version, row locked), one audit
 * row — and for DROP the opportunity moves to Tier 0 DROPPED through the tier engine, all in ONE
 * transaction: a refused tier move (e.g. already closed) rolls the decision back.
 */
export async function decideReview(db: DbClient, session: AppSession, reviewId: string, input: DecisionInput) {
  assertCan(session, 'vrb:decide');
  const now = new Date();
  const floorPct = await getSetting(db, 'marginFloorPct');
  return db.$transaction(async (tx) => {
    const review = await lockReviewForDecision(tx, reviewId);
    if (!review) throw notFound();
    const marginPct = marginOf(review.economics ? economicsInputOf(review.economics) : null);
    const rule = decideRule(
      {
        reviewStatus: review.status,
        requiredDomains: review.stage.requiredDomains,
        opinionDomains: review.opinions.map((o) => o.domain),
        unresolvedFindings: review._count.findings,
        marginPct,
        marginFloorPct: floorPct,
      },
      input,
    );
    if (!rule.ok)
      throw decideError(session, rule.error, rule.error.code === 'REVIEW_CLOSED' ? await getReviewSummary(tx, reviewId) : undefined);
    const d = rule.value;
    if (!(await markReviewDecided(tx, reviewId, review.version, now)))
      throw vrbError(session, 'CONFLICT', 'alreadyDecided', { details: await getReviewSummary(tx, reviewId) });
    const decision = await insertDecision(tx, {
      reviewId,
      decision: d.decision,
      reason: d.reason,
      overrideReason: d.overrideReason,
      missingOpinionReason: d.missingOpinionReason,
      marginPct: marginPct === null ? null : storedPct(marginPct, MARGIN_MAX),
      decidedById: session.userId,
      decidedAt: now,
    });
    await notifyVrbDealOwner(tx, reviewId, 'REVIEW_DECIDED', { decision: d.decision }, session.userId);
    await auditReview(tx, session, 'vrb.review.decide', reviewId, {
      before: { status: review.status, version: review.version },
      after: {
        status: 'DECIDED',
        version: review.version + 1,
        decision: d.decision,
        reason: d.reason,
        overrideReason: d.overrideReason,
        missingOpinionReason: d.missingOpinionReason,
        missingOpinions: d.missingOpinions,
        marginPct,
        floorPct,
        guard: d.guard,
      },
    });
    let opportunity = null;
    if (d.dropsOpportunity) {
      const moved = await dropOpportunityByVrb(tx, session, review.opportunityId, d.reason!, now);
      opportunity = serializeOpportunity(moved, (await getSettings(tx)).horizonBounds, now);
    }
    return {
      decision: { ...decision, marginPct: decision.marginPct === null ? null : Number(decision.marginPct) },
      review: (await getReviewSummary(tx, reviewId))!,
      lowPrice: d.guard === 'belowFloor',
      opportunity,
    };
  });
}
