// Entry requirements per tier: ONE data table (SPEC §2 defaults). Each row names what it needs,
// which form field satisfies it, and when it applies. `unmetRequirements` returns the rows that
// are not met, so the board can open a form for exactly what is missing.

import type { ClosedOutcome, Tier } from './tiers';

/** What the rules look at: plain facts about the opportunity (after any values filled in the form). */
export type RequirementFacts = {
  hasNamedContact: boolean;
  need: string | null;
  amount: string | number | null;
  expectedCloseDate: Date | null;
  hasDecisionMaker: boolean;
  hasPassedBidApproval: boolean;
  proposalDueDate: Date | null;
  reasonCount: number; // list reasons (of the closing outcome's kind) + a written reason
  contractAmount: string | number | null;
  lossType: 'COMPETITOR' | 'NO_DECISION' | null;
};

export type TierRules = { requireVrbBidApprovalForTier1: boolean };

export const REQUIREMENT_IDS = [
  'namedContact',
  'need',
  'amount',
  'expectedCloseDate',
  'decisionMaker',
  'vrbBidApproval',
  'proposalDueDate',
  'reason',
  'contractAmount',
  'lossType',
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** How the form satisfies a requirement: a field it shows, or "elsewhere" (a VRB review). */
export type RequirementInput =
  | 'contact'
  | 'need'
  | 'amount'
  | 'expectedCloseDate'
  | 'decisionMaker'
  | 'proposalDueDate'
  | 'reason'
  | 'contractAmount'
  | 'lossType'
  | 'external';

type Row = {
  tier: Tier;
  id: RequirementId;
  input: RequirementInput;
  /** only for these closing outcomes (Tier 0) */
  outcomes?: readonly ClosedOutcome[];
  /** the rule can be switched off by a setting */
  enabled?: (rules: TierRules) => boolean;
  isMet: (f: RequirementFacts) => boolean;
};

const positive = (v: string | number | null) => v !== null && v !== '' && Number(v) > 0;
const text = (v: string | null) => !!v && v.trim().length > 0;

export const ENTRY_REQUIREMENTS: readonly Row[] = [
  { tier: 3, id: 'namedContact', input: 'contact', isMet: (f) => f.hasNamedContact },
  { tier: 3, id: 'need', input: 'need', isMet: (f) => text(f.need) },
  { tier: 2, id: 'amount', input: 'amount', isMet: (f) => positive(f.amount) },
  { tier: 2, id: 'expectedCloseDate', input: 'expectedCloseDate', isMet: (f) => !!f.expectedCloseDate },
  { tier: 2, id: 'decisionMaker', input: 'decisionMaker', isMet: (f) => f.hasDecisionMaker },
  {
    tier: 1,
    id: 'vrbBidApproval',
    input: 'external',
    enabled: (r) => r.requireVrbBidApprovalForTier1,
    isMet: (f) => f.hasPassedBidApproval,
  },
  { tier: 1, id: 'proposalDueDate', input: 'proposalDueDate', isMet: (f) => !!f.proposalDueDate },
  { tier: 0, id: 'reason', input: 'reason', isMet: (f) => f.reasonCount > 0 },
  { tier: 0, id: 'contractAmount', input: 'contractAmount', outcomes: ['WON'], isMet: (f) => positive(f.contractAmount) },
  { tier: 0, id: 'lossType', input: 'lossType', outcomes: ['LOST'], isMet: (f) => !!f.lossType },
];

export type UnmetRequirement = { tier: Tier; id: RequirementId; input: RequirementInput };

/**
 * Requirements of every tier entered on the way from `from` to `to` (moving 4 → 2 checks Tier 3
 * and Tier 2). Moving down or reopening has no entry requirements (it needs a reason instead).
 */
export function unmetRequirements(
  from: Tier,
  to: Tier,
  outcome: ClosedOutcome | null,
  facts: RequirementFacts,
  rules: TierRules,
): UnmetRequirement[] {
  const entered = (t: Tier) => (to === 0 ? t === 0 : from !== 0 && t < from && t >= to);
  return ENTRY_REQUIREMENTS.filter(
    (r) =>
      entered(r.tier) &&
      (!r.outcomes || (outcome !== null && r.outcomes.includes(outcome))) &&
      (!r.enabled || r.enabled(rules)) &&
      !r.isMet(facts),
  ).map(({ tier, id, input }) => ({ tier, id, input }));
}

/**
 * The entry requirements of every tier from Tier 3 down to `tier` that are not met: what a deal
 * that entered at `tier` without passing through the tiers below it (a pipeline import) still
 * owes. Listed on its card and page ("요건 미충족"); the tier engine checks it before any move up.
 */
export function entryBacklog(tier: Tier, facts: RequirementFacts, rules: TierRules): UnmetRequirement[] {
  if (tier === 0 || tier === 4) return [];
  return unmetRequirements(4, tier, null, facts, rules);
}
