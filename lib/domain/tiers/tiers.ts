// Tiers of the method (SPEC §2): Tier 4 (new SQLs) → 3 → 2 → 1 (about to be won), and Tier 0
// (closed). The outcome is its own field: OPEN while in Tiers 4–1, then WON, LOST, NO_BID or
// DROPPED. Pure: no Prisma, no clock.

export const OPEN_TIERS = [4, 3, 2, 1] as const;
export const TIERS = [4, 3, 2, 1, 0] as const;
export type Tier = (typeof TIERS)[number];
export type OpenTier = (typeof OPEN_TIERS)[number];

export const CLOSED_OUTCOMES = ['WON', 'LOST', 'NO_BID', 'DROPPED'] as const;
export const OUTCOMES = ['OPEN', ...CLOSED_OUTCOMES] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type ClosedOutcome = (typeof CLOSED_OUTCOMES)[number];

export const isTier = (v: unknown): v is Tier => typeof v === 'number' && (TIERS as readonly number[]).includes(v);
export const isOpenTier = (t: number): t is OpenTier => t >= 1 && t <= 4 && Number.isInteger(t);

/** The 5-step sales cycle matched to tiers. */
export const SALES_STAGES = ['INITIAL_CONTACT', 'DEVELOPMENT', 'EVALUATION', 'PROPOSAL_CONTRACT', 'CLOSE_REVIEW'] as const;
export type SalesStage = (typeof SALES_STAGES)[number];
const STAGE_OF_TIER: Record<Tier, SalesStage> = {
  4: 'INITIAL_CONTACT',
  3: 'DEVELOPMENT',
  2: 'EVALUATION',
  1: 'PROPOSAL_CONTRACT',
  0: 'CLOSE_REVIEW',
};
export const salesStageOf = (tier: Tier): SalesStage => STAGE_OF_TIER[tier];

/** Movement direction between two (tier, outcome) states: a lower tier number is progress; WON is up, other closes down. */
export function directionOf(
  from: { tier: number; outcome: Outcome } | null,
  to: { tier: number; outcome: Outcome },
): 'up' | 'down' | 'same' | 'new' {
  if (!from) return 'new';
  if (from.tier === to.tier && from.outcome === to.outcome) return 'same';
  if (to.tier === 0 && from.tier !== 0) return to.outcome === 'WON' ? 'up' : 'down';
  if (from.tier === 0 && to.tier !== 0) return 'down';
  if (from.tier === 0 && to.tier === 0) return to.outcome === 'WON' ? 'up' : 'down';
  return to.tier < from.tier ? 'up' : 'down';
}
