// VRB write rules (SPEC §4): scheduling a stage, the chair's decision (with the low-price
// guard), and the finding state machine. Pure: plain data in, Result out.
//
// Decisions made here (docs/decisions/008-vrb-write-rules.md):
// - Every decision closes the review (status DECIDED); a review is decided once. HOLD means the
//   same stage is reviewed again: a new review of that stage may then be scheduled.
// - Scheduling stage N needs the previous active stage's latest decided review to be PASS, or
//   CONDITIONAL with every finding of that review RESOLVED. The first active stage needs nothing.
//   A stage that already has a scheduled review, or already passed, cannot be scheduled again.
// - PASS needs every required domain's opinion — or the chair's written reason for deciding
//   without it (issue #11, kept with the decision) — and no unresolved finding (use CONDITIONAL to go
//   on with findings still open). CONDITIONAL needs at least one unresolved finding.
// - Low-price guard: below the margin floor, PASS *and* CONDITIONAL need a written override
//   reason (a CONDITIONAL turns into a pass once findings are resolved, so it must not bypass the
//   guard). No price (no snapshot) is not "below the floor": stage 1 usually has no price yet.
// - HOLD and DROP need a reason (DROP closes the deal at Tier 0, which needs a reason too).
// - Findings: OPEN → ANSWERED (the rep side answers) → RESOLVED (a member of the finding's domain
//   verifies). Verifying may instead send it back ANSWERED → OPEN with a note saying what is
//   still missing; the rep answers again. RESOLVED is final.

import { err, ok, type Result } from '../result';
import { priceGuard, type PriceGuard } from './economics';
import { opinionStatus, type DecisionKind, type VrbDomain } from './review';

export const DECISION_KINDS = ['PASS', 'CONDITIONAL', 'HOLD', 'DROP'] as const satisfies readonly DecisionKind[];
export const FINDING_STATUSES = ['OPEN', 'ANSWERED', 'RESOLVED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

const hasText = (s: string | null | undefined) => !!s && s.trim().length > 0;

// ───────────────────────────── scheduling ─────────────────────────────

export type StageFacts = { id: string; order: number };
export type PastReview = {
  stageId: string;
  status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED';
  scheduledAt: Date;
  /** the latest decision, null while undecided */
  decision: DecisionKind | null;
  /** findings of this review not yet RESOLVED */
  unresolvedFindings: number;
};

export type ScheduleError =
  | { code: 'OPPORTUNITY_CLOSED' }
  | { code: 'UNKNOWN_STAGE' }
  | { code: 'ALREADY_SCHEDULED' }
  | { code: 'ALREADY_PASSED' }
  | { code: 'PREVIOUS_STAGE_NOT_PASSED'; previousOrder: number }
  | { code: 'PREVIOUS_FINDINGS_UNRESOLVED'; previousOrder: number; unresolved: number };

/** The latest decided review of a stage (by scheduled date), or null. */
function latestDecided(reviews: readonly PastReview[], stageId: string): PastReview | null {
  const decided = reviews.filter((r) => r.stageId === stageId && r.status === 'DECIDED' && r.decision);
  decided.sort((a, b) => b.scheduledAt.getTime() - a.scheduledAt.getTime());
  return decided[0] ?? null;
}

/** May a review of `stageOrder` be scheduled for this opportunity? */
export function canScheduleStage(
  opp: { isOpen: boolean },
  activeStages: readonly StageFacts[],
  stageOrder: number,
  reviews: readonly PastReview[],
): Result<{ stageId: string }, ScheduleError> {
  if (!opp.isOpen) return err({ code: 'OPPORTUNITY_CLOSED' });
  const stages = [...activeStages].sort((a, b) => a.order - b.order);
  const stage = stages.find((s) => s.order === stageOrder);
  if (!stage) return err({ code: 'UNKNOWN_STAGE' });
  if (reviews.some((r) => r.stageId === stage.id && r.status === 'SCHEDULED')) return err({ code: 'ALREADY_SCHEDULED' });
  const own = latestDecided(reviews, stage.id);
  if (own && (own.decision === 'PASS' || own.decision === 'CONDITIONAL')) return err({ code: 'ALREADY_PASSED' });
  const prev = stages.filter((s) => s.order < stage.order).at(-1);
  if (prev) {
    const last = latestDecided(reviews, prev.id);
    if (!last || (last.decision !== 'PASS' && last.decision !== 'CONDITIONAL'))
      return err({ code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: prev.order });
    if (last.decision === 'CONDITIONAL' && last.unresolvedFindings > 0) {
      return err({ code: 'PREVIOUS_FINDINGS_UNRESOLVED', previousOrder: prev.order, unresolved: last.unresolvedFindings });
    }
  }
  return ok({ stageId: stage.id });
}

// ───────────────────────────── decision ─────────────────────────────

export type DecisionFacts = {
  reviewStatus: 'SCHEDULED' | 'DECIDED' | 'CANCELLED';
  requiredDomains: readonly VrbDomain[];
  opinionDomains: readonly VrbDomain[];
  unresolvedFindings: number;
  /** the review snapshot's margin %, null without a price */
  marginPct: number | null;
  marginFloorPct: number;
};

export type DecisionRequest = {
  decision: DecisionKind;
  reason?: string | null;
  overrideReason?: string | null;
  /** why the chair decides although a required domain gave no opinion (then required) */
  missingOpinionReason?: string | null;
};

export type DecideError =
  | { code: 'REVIEW_CLOSED'; status: 'DECIDED' | 'CANCELLED' }
  | { code: 'REASON_REQUIRED' }
  | { code: 'OVERRIDE_NOT_ALLOWED' }
  | { code: 'OPINIONS_MISSING'; missing: VrbDomain[] }
  | { code: 'MISSING_OPINION_REASON_NOT_ALLOWED' }
  | { code: 'FINDINGS_UNRESOLVED'; unresolved: number }
  | { code: 'NO_FINDINGS_FOR_CONDITIONAL' }
  | { code: 'OVERRIDE_REQUIRED'; marginPct: number; floorPct: number };

export type DecisionOutcome = {
  decision: DecisionKind;
  reason: string | null;
  overrideReason: string | null;
  missingOpinionReason: string | null;
  /** required domains without an opinion at decision time (decided over, with the reason) */
  missingOpinions: VrbDomain[];
  guard: PriceGuard;
  /** DROP closes the opportunity at Tier 0 DROPPED */
  dropsOpportunity: boolean;
};

export function decideReview(f: DecisionFacts, req: DecisionRequest): Result<DecisionOutcome, DecideError> {
  if (f.reviewStatus !== 'SCHEDULED') return err({ code: 'REVIEW_CLOSED', status: f.reviewStatus });
  const reason = hasText(req.reason) ? req.reason!.trim() : null;
  const override = hasText(req.overrideReason) ? req.overrideReason!.trim() : null;
  const guard = priceGuard(f.marginPct, f.marginFloorPct);
  const isPassLike = req.decision === 'PASS' || req.decision === 'CONDITIONAL';
  const missingReason = hasText(req.missingOpinionReason) ? req.missingOpinionReason!.trim() : null;
  const opinions = opinionStatus(f.requiredDomains, f.opinionDomains);
  if (missingReason && opinions.complete) return err({ code: 'MISSING_OPINION_REASON_NOT_ALLOWED' });

  if (!isPassLike) {
    if (override) return err({ code: 'OVERRIDE_NOT_ALLOWED' });
    if (!reason) return err({ code: 'REASON_REQUIRED' });
  } else {
    // a required opinion may be missing only when the chair records why (kept with the decision)
    if (!opinions.complete && !missingReason) return err({ code: 'OPINIONS_MISSING', missing: opinions.missing });
    if (req.decision === 'PASS' && f.unresolvedFindings > 0) return err({ code: 'FINDINGS_UNRESOLVED', unresolved: f.unresolvedFindings });
    if (req.decision === 'CONDITIONAL' && f.unresolvedFindings === 0) return err({ code: 'NO_FINDINGS_FOR_CONDITIONAL' });
    if (guard === 'belowFloor' && !override) return err({ code: 'OVERRIDE_REQUIRED', marginPct: f.marginPct!, floorPct: f.marginFloorPct });
  }
  return ok({
    decision: req.decision,
    reason,
    overrideReason: isPassLike ? override : null,
    missingOpinionReason: missingReason,
    missingOpinions: opinions.missing,
    guard,
    dropsOpportunity: req.decision === 'DROP',
  });
}

// ───────────────────────────── findings ─────────────────────────────

export type FindingError =
  | { code: 'NOT_OPEN'; status: FindingStatus }
  | { code: 'NOT_ANSWERED'; status: FindingStatus }
  | { code: 'ANSWER_REQUIRED' }
  | { code: 'NOTE_REQUIRED' }
  | { code: 'NOT_YOUR_DOMAIN' };

/** The rep side answers an OPEN finding: → ANSWERED. */
export function answerFinding(
  finding: { status: FindingStatus },
  answer: string,
): Result<{ status: 'ANSWERED'; answer: string }, FindingError> {
  if (finding.status !== 'OPEN') return err({ code: 'NOT_OPEN', status: finding.status });
  if (!hasText(answer)) return err({ code: 'ANSWER_REQUIRED' });
  return ok({ status: 'ANSWERED', answer: answer.trim() });
}

/**
 * A member holding the finding's domain verifies an ANSWERED finding: resolved → RESOLVED;
 * not resolved → back to OPEN, with a note (required) saying what is still missing.
 */
export function verifyFinding(
  finding: { status: FindingStatus; domain: VrbDomain },
  verifierDomains: readonly VrbDomain[],
  input: { resolved: boolean; note?: string | null },
): Result<{ status: 'RESOLVED' | 'OPEN'; note: string | null }, FindingError> {
  if (!verifierDomains.includes(finding.domain)) return err({ code: 'NOT_YOUR_DOMAIN' });
  if (finding.status !== 'ANSWERED') return err({ code: 'NOT_ANSWERED', status: finding.status });
  const note = hasText(input.note) ? input.note!.trim() : null;
  if (!input.resolved && !note) return err({ code: 'NOTE_REQUIRED' });
  return ok({ status: input.resolved ? 'RESOLVED' : 'OPEN', note });
}

/**
 * The domain a member raises a finding (or records an opinion) in: the one asked for if they hold
 * it; without one, their only domain. null when it cannot be determined.
 */
export function memberDomain(
  held: readonly VrbDomain[],
  asked: VrbDomain | null | undefined,
): Result<VrbDomain, { code: 'NOT_YOUR_DOMAIN' } | { code: 'DOMAIN_REQUIRED' }> {
  if (asked) return held.includes(asked) ? ok(asked) : err({ code: 'NOT_YOUR_DOMAIN' });
  if (held.length === 1) return ok(held[0]!);
  return held.length === 0 ? err({ code: 'NOT_YOUR_DOMAIN' }) : err({ code: 'DOMAIN_REQUIRED' });
}

// ───────────────────────────── opinions and raising findings ─────────────────────────────

export type OpinionError =
  { code: 'REVIEW_CLOSED' } | { code: 'NOT_YOUR_DOMAIN' } | { code: 'DOMAIN_NOT_REQUIRED' } | { code: 'ALREADY_GIVEN' };

/** A member records one opinion per required domain they hold, while the review is scheduled. */
export function checkOpinion(
  review: { status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED'; requiredDomains: readonly VrbDomain[]; opinionDomains: readonly VrbDomain[] },
  held: readonly VrbDomain[],
  domain: VrbDomain,
): Result<{ domain: VrbDomain }, OpinionError> {
  if (review.status !== 'SCHEDULED') return err({ code: 'REVIEW_CLOSED' });
  if (!held.includes(domain)) return err({ code: 'NOT_YOUR_DOMAIN' });
  if (!review.requiredDomains.includes(domain)) return err({ code: 'DOMAIN_NOT_REQUIRED' });
  if (review.opinionDomains.includes(domain)) return err({ code: 'ALREADY_GIVEN' });
  return ok({ domain });
}

/** Findings are raised while the review is scheduled, in a domain the member holds. */
export function checkRaiseFinding(
  review: { status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED' },
  held: readonly VrbDomain[],
  asked: VrbDomain | null | undefined,
): Result<{ domain: VrbDomain }, { code: 'REVIEW_CLOSED' } | { code: 'NOT_YOUR_DOMAIN' } | { code: 'DOMAIN_REQUIRED' }> {
  if (review.status !== 'SCHEDULED') return err({ code: 'REVIEW_CLOSED' });
  const d = memberDomain(held, asked);
  return d.ok ? ok({ domain: d.value }) : d;
}
