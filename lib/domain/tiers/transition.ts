// Deciding a tier move (SPEC §2): 4 → 3 → 2 → 1 as information is completed; Tier 0 with an
// outcome; skipping a tier or moving down needs a reason; Tier 0 is final unless an admin
// reopens it. Returns the new state or every reason the move is refused.

import { err, ok, type Result } from '../result';
import { unmetRequirements, type RequirementFacts, type TierRules, type UnmetRequirement } from './requirements';
import { isTier, type ClosedOutcome, type Outcome, type Tier } from './tiers';

export type MoveRequest = { to: number; outcome?: ClosedOutcome | null; reason?: string | null };
export type CurrentState = { tier: Tier; outcome: Outcome; lastOpenTier: number | null };

export type MoveError =
  | { code: 'INVALID_TIER'; to: number }
  | { code: 'SAME_TIER' }
  | { code: 'CLOSED'; canReopen: boolean }
  | { code: 'OUTCOME_REQUIRED' }
  | { code: 'OUTCOME_NOT_ALLOWED' }
  | { code: 'REASON_REQUIRED'; kind: 'skip' | 'down' | 'reopen' }
  /** every missing entry requirement; `reasonRequired` when the move (a skip) also lacks its reason — all asked at once */
  | { code: 'REQUIREMENTS_UNMET'; unmet: UnmetRequirement[]; reasonRequired?: 'skip' | 'down' };

export type MoveDecision = {
  tier: Tier;
  outcome: Outcome;
  lastOpenTier: number | null;
  kind: 'up' | 'skip' | 'down' | 'close' | 'reopen';
};

const hasText = (s: string | null | undefined) => !!s && s.trim().length > 0;

export function decideTierMove(
  current: CurrentState,
  req: MoveRequest,
  facts: RequirementFacts,
  ctx: { rules: TierRules; canReopen: boolean },
): Result<MoveDecision, MoveError> {
  const to = req.to;
  if (!isTier(to)) return err({ code: 'INVALID_TIER', to });
  const outcome = req.outcome ?? null;
  if (to === 0 && !outcome) return err({ code: 'OUTCOME_REQUIRED' });
  if (to !== 0 && outcome) return err({ code: 'OUTCOME_NOT_ALLOWED' });

  if (current.tier === 0) {
    if (to === 0) return err(current.outcome === outcome ? { code: 'SAME_TIER' } : { code: 'CLOSED', canReopen: ctx.canReopen });
    if (!ctx.canReopen) return err({ code: 'CLOSED', canReopen: false });
    if (!hasText(req.reason)) return err({ code: 'REASON_REQUIRED', kind: 'reopen' });
    return ok({ tier: to, outcome: 'OPEN', lastOpenTier: null, kind: 'reopen' });
  }
  if (to === current.tier) return err({ code: 'SAME_TIER' });

  const kind: MoveDecision['kind'] = to === 0 ? 'close' : to > current.tier ? 'down' : current.tier - to > 1 ? 'skip' : 'up';
  const reasonMissing = (kind === 'down' || kind === 'skip') && !hasText(req.reason);

  // one answer with everything the move lacks (issue 14: a skip asks for its reason and every
  // missing requirement in one dialog, not in two rounds)
  const unmet = unmetRequirements(current.tier, to, outcome, facts, ctx.rules);
  if (unmet.length)
    return err({ code: 'REQUIREMENTS_UNMET', unmet, ...(reasonMissing ? { reasonRequired: kind as 'skip' | 'down' } : {}) });
  if (reasonMissing) return err({ code: 'REASON_REQUIRED', kind: kind as 'skip' | 'down' });

  return ok({
    tier: to,
    outcome: to === 0 ? (outcome as ClosedOutcome) : 'OPEN',
    lastOpenTier: to === 0 ? current.tier : null,
    kind,
  });
}
