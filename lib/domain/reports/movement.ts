// Movement between two dates (SPEC §3 "what moved up, down, closed"): each opportunity's state
// at the as-of date against its state now, or each single tier change over a week. Reuses the
// tier engine's direction rule (a lower tier number is progress; WON is up).

import { sumAmounts } from '../format/money';
import { directionOf, type Outcome } from '../tiers/tiers';

export const MOVE_KINDS = ['up', 'down', 'new', 'won', 'lost'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
export type TierState = { tier: number; outcome: Outcome };

/** up / down between open tiers (or a reopen), new (did not exist), won, lost (lost, no-bid or dropped); null = no net move. */
export function moveKindOf(from: TierState | null, to: TierState): MoveKind | null {
  if (!from) return 'new';
  if (from.tier === to.tier && from.outcome === to.outcome) return null;
  if (to.tier === 0 && from.tier !== 0) return to.outcome === 'WON' ? 'won' : 'lost';
  const d = directionOf(from, to);
  return d === 'up' || d === 'down' ? d : null;
}

export type Transition = {
  fromTier: number | null;
  fromOutcome: Outcome | null;
  toTier: number;
  toOutcome: Outcome;
  count: number;
  amount: string;
};
export type MovementSummary = Record<MoveKind, { count: number; amount: string }>;

const stateOf = (tier: number | null, outcome: Outcome | null): TierState | null =>
  tier === null ? null : { tier, outcome: outcome ?? (tier === 0 ? 'LOST' : 'OPEN') };

export function summariseMovement(transitions: readonly Transition[]): MovementSummary {
  const out = Object.fromEntries(MOVE_KINDS.map((k) => [k, { count: 0, amount: '0' }])) as MovementSummary;
  for (const t of transitions) {
    const kind = moveKindOf(stateOf(t.fromTier, t.fromOutcome), { tier: t.toTier, outcome: t.toOutcome });
    if (!kind) continue;
    out[kind] = { count: out[kind].count + t.count, amount: sumAmounts([out[kind].amount, t.amount]) };
  }
  return out;
}

export type MovedDeal = {
  id: string;
  name: string;
  amount: string | null;
  fromTier: number | null;
  fromOutcome: Outcome | null;
  toTier: number;
  toOutcome: Outcome;
};
export type ClassifiedMove = MovedDeal & { kind: MoveKind };

export function classifyMoves(deals: readonly MovedDeal[]): ClassifiedMove[] {
  const out: ClassifiedMove[] = [];
  for (const d of deals) {
    const kind = moveKindOf(stateOf(d.fromTier, d.fromOutcome), { tier: d.toTier, outcome: d.toOutcome });
    if (kind) out.push({ ...d, kind });
  }
  return out;
}

/** Weekly series for a chart: one point per week (ISO date of its Monday), zero-filled. */
export function weeklyMovementSeries(
  weeks: readonly string[],
  rows: readonly (Transition & { week: string })[],
): ({ week: string } & Record<MoveKind, number>)[] {
  const byWeek = new Map(weeks.map((w) => [w, Object.fromEntries(MOVE_KINDS.map((k) => [k, 0])) as Record<MoveKind, number>]));
  for (const r of rows) {
    const point = byWeek.get(r.week);
    if (!point) continue;
    const kind = moveKindOf(stateOf(r.fromTier, r.fromOutcome), { tier: r.toTier, outcome: r.toOutcome });
    if (kind) point[kind] += r.count;
  }
  return weeks.map((week) => ({ week, ...byWeek.get(week)! }));
}

/** Mondays (UTC, YYYY-MM-DD) of the last `n` weeks, oldest first, ending with the week of `now`. */
export function lastWeeks(now: Date, n: number): string[] {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(new Date(d.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10));
  return out;
}
