// Tier-review decisions (SPEC §2 "Dynamic tiers"): a decision per opportunity — advance, hold,
// downgrade, drop — becomes a tier move through the same engine as the board (decideTierMove), or,
// for hold, a next step with its date. Reviews form chains per period and scope: a weekly review
// compares with the previous weekly review of the same team, a monthly with the previous monthly.
// Pure: no Prisma, no clock.

import { err, ok, type Result } from '../result';
import type { Outcome } from './tiers';
import { mayEdit, type OwnedRecord } from '../access';

export const REVIEW_DECISIONS = ['ADVANCE', 'HOLD', 'DOWNGRADE', 'DROP'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];
export type ReviewPeriod = 'WEEKLY' | 'MONTHLY';

/** What a decision does to the deal: a tier move (to, outcome for Tier 0) or a hold (next step). */
export type DecisionPlan = { kind: 'move'; to: number; outcome: 'DROPPED' | null } | { kind: 'hold'; nextStep: string; dueDate: string };

export type DecisionError =
  | { code: 'REVIEW_CLOSED' }
  | { code: 'ALREADY_DECIDED' }
  | { code: 'CLOSED_SINCE_SNAPSHOT'; outcome: Outcome }
  | { code: 'NOT_OPEN_IN_SNAPSHOT' }
  | { code: 'REASON_REQUIRED' }
  | { code: 'NEXT_STEP_REQUIRED' }
  | { code: 'CANNOT_ADVANCE' }
  | { code: 'CANNOT_DOWNGRADE' };

export type DecisionFacts = {
  reviewClosed: boolean;
  /** the item's recorded decision, if any */
  decided: boolean;
  /** the item's outcome when the snapshot was taken */
  snapshotOutcome: Outcome;
  /** the deal now */
  tier: number;
  outcome: Outcome;
};
export type DecisionRequest = {
  decision: ReviewDecisionKind;
  reason?: string | null;
  nextStep?: string | null;
  nextStepDueDate?: string | null;
};

const hasText = (s: string | null | undefined): s is string => !!s && s.trim().length > 0;

/**
 * The decision → tier transition mapping. Advance is one tier up (4 → 3 … 2 → 1; from Tier 1 the
 * deal closes through the board with its outcome, not by a review); downgrade is one tier down
 * (1 → 2 … 3 → 4) with a reason; drop closes at Tier 0 DROPPED with a reason; hold moves nothing
 * and needs the next step and its date. Refused: a closed review, an item already decided, a deal
 * closed since the snapshot (or not open in it). Entry requirements are checked afterwards by the
 * tier engine itself.
 */
export function planReviewDecision(f: DecisionFacts, req: DecisionRequest): Result<DecisionPlan, DecisionError> {
  if (f.reviewClosed) return err({ code: 'REVIEW_CLOSED' });
  if (f.decided) return err({ code: 'ALREADY_DECIDED' });
  if (f.snapshotOutcome !== 'OPEN') return err({ code: 'NOT_OPEN_IN_SNAPSHOT' });
  if (f.outcome !== 'OPEN' || f.tier === 0) return err({ code: 'CLOSED_SINCE_SNAPSHOT', outcome: f.outcome });
  switch (req.decision) {
    case 'ADVANCE':
      if (f.tier <= 1) return err({ code: 'CANNOT_ADVANCE' });
      return ok({ kind: 'move', to: f.tier - 1, outcome: null });
    case 'DOWNGRADE':
      if (f.tier >= 4) return err({ code: 'CANNOT_DOWNGRADE' });
      if (!hasText(req.reason)) return err({ code: 'REASON_REQUIRED' });
      return ok({ kind: 'move', to: f.tier + 1, outcome: null });
    case 'DROP':
      if (!hasText(req.reason)) return err({ code: 'REASON_REQUIRED' });
      return ok({ kind: 'move', to: 0, outcome: 'DROPPED' });
    case 'HOLD':
      if (!hasText(req.nextStep) || !req.nextStepDueDate) return err({ code: 'NEXT_STEP_REQUIRED' });
      return ok({ kind: 'hold', nextStep: req.nextStep.trim(), dueDate: req.nextStepDueDate });
  }
}

/** The reason written into tier history and audit: the review names itself, then the decider's reason. */
export function reviewMoveReason(review: { period: ReviewPeriod; asOf: Date }, reason: string | null | undefined): string {
  const label = `${review.period === 'WEEKLY' ? '주간' : '월간'} 티어 리뷰 ${review.asOf.toISOString().slice(0, 10)}`;
  return hasText(reason) ? `${label}: ${reason.trim()}` : label;
}

export type ChainReview = { id: string; period: ReviewPeriod; teamId: string | null; asOf: Date };

/**
 * The previous review of a review's chain: the newest review of the same period and the same scope
 * (team or whole firm) taken before it. A weekly review never compares with a monthly one.
 */
export function previousInChain<R extends ChainReview>(
  reviews: readonly R[],
  current: Pick<ChainReview, 'period' | 'teamId' | 'asOf'>,
): R | null {
  let best: R | null = null;
  for (const r of reviews) {
    if (r.period !== current.period || r.teamId !== current.teamId || r.asOf >= current.asOf) continue;
    if (!best || r.asOf > best.asOf) best = r;
  }
  return best;
}

/**
 * Which deals a snapshot holds: every deal open now, every deal that was open in the previous review
 * of the chain (so closes since then are seen), and every deal created since the previous review —
 * including those created and already closed in between.
 */
export function inSnapshot(
  deal: { outcome: Outcome; createdAt: Date },
  previous: { asOf: Date; outcomeThen: Outcome | null } | null,
): boolean {
  if (deal.outcome === 'OPEN') return true;
  if (!previous) return false;
  if (previous.outcomeThen === 'OPEN') return true;
  return previous.outcomeThen === null && deal.createdAt > previous.asOf;
}

/** Who may run a review of which scope: an executive or admin the whole firm (or any team), a manager their own team. */
export function reviewScopeFor(
  actor: { userId: string; roles: readonly string[] },
  teamId: string | null | undefined,
): Result<string | null, 'FORBIDDEN'> {
  const firmWide = actor.roles.includes('EXECUTIVE') || actor.roles.includes('ADMIN');
  if (firmWide) return ok(teamId ?? null);
  if (actor.roles.includes('SALES_MANAGER') && (teamId === undefined || teamId === null || teamId === actor.userId))
    return ok(actor.userId);
  return err('FORBIDDEN');
}

/**
 * Who may decide on an item: an executive or admin on any review; a manager on their own team's
 * review, for deals they may edit (lib/domain/access). A rep never decides in a review.
 */
export function mayDecideInReview(
  actor: { userId: string; roles: readonly string[] },
  review: { teamId: string | null },
  deal: OwnedRecord,
): boolean {
  if (actor.roles.includes('EXECUTIVE') || actor.roles.includes('ADMIN')) return true;
  return actor.roles.includes('SALES_MANAGER') && review.teamId === actor.userId && mayEdit(actor, deal);
}
