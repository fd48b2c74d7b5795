// Postmortem rules (SPEC §5), pure: plain data and `now` in, plain data out.

/**
 * A postmortem is due this many days after the opportunity closed (reached Tier 0) — the default
 * of the `postmortemDueDays` setting (lib/server/settings.ts getPostmortemDueDays): two weeks is
 * long enough to gather the team and the customer's debrief, short enough that memories are fresh.
 */
export const POSTMORTEM_DUE_DAYS = 14;
const DAY_MS = 86_400_000;

export type PendingState = 'DUE' | 'OVERDUE';
export type PendingInput = { closedAt: Date };

/** Due date and state of a closed opportunity that has no published postmortem yet. */
export function postmortemDue(
  closedAt: Date,
  now: Date,
  dueDays: number = POSTMORTEM_DUE_DAYS,
): { dueAt: Date; state: PendingState; daysLeft: number } {
  const dueAt = new Date(closedAt.getTime() + dueDays * DAY_MS);
  const diff = dueAt.getTime() - now.getTime();
  // whole days until due (negative when overdue); "due today" is 0
  const daysLeft = diff >= 0 ? Math.floor(diff / DAY_MS) : -Math.ceil(-diff / DAY_MS);
  return { dueAt, state: diff < 0 ? 'OVERDUE' : 'DUE', daysLeft };
}

/** Pending rows with their due state, overdue first (most overdue first), then by due date. */
export function classifyPending<T extends PendingInput>(rows: readonly T[], now: Date, dueDays: number = POSTMORTEM_DUE_DAYS) {
  return rows
    .map((r) => ({ ...r, ...postmortemDue(r.closedAt, now, dueDays) }))
    .sort((a, b) => (a.state === b.state ? a.dueAt.getTime() - b.dueAt.getTime() : a.state === 'OVERDUE' ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Timeline: tier history, VRB decisions and activities merged into one ordered list.

export type TierChangeIn = { id: string; at: Date; fromTier: number | null; toTier: number; toOutcome: string; reason: string | null };
export type VrbDecisionIn = { id: string; at: Date; decision: string; stageName: string; reason: string | null };
export type ActivityIn = { id: string; at: Date; type: string; subject: string };

export type TimelineEntry = ({ kind: 'tier' } & TierChangeIn) | ({ kind: 'vrb' } & VrbDecisionIn) | ({ kind: 'activity' } & ActivityIn);

// at equal times the cause comes before its effect: an activity, then the board's decision,
// then the tier move it allowed
const KIND_ORDER = { activity: 0, vrb: 1, tier: 2 } as const;

/** One chronological list (oldest first); ties broken by kind, then id, so the order is stable. */
export function assembleTimeline(
  tier: readonly TierChangeIn[],
  vrb: readonly VrbDecisionIn[],
  activities: readonly ActivityIn[],
): TimelineEntry[] {
  const all: TimelineEntry[] = [
    ...tier.map((t) => ({ kind: 'tier' as const, ...t })),
    ...vrb.map((v) => ({ kind: 'vrb' as const, ...v })),
    ...activities.map((a) => ({ kind: 'activity' as const, ...a })),
  ];
  return all.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

// ---------------------------------------------------------------------------------------------
// Win-loss: win rate = won ÷ (won + lost); no-bid and dropped deals are not decided by the
// customer, so they are counted beside it but not in it.

export type OutcomeCount = { key: string; label: string; outcome: string; count: number };
export type WinRateRow = { key: string; label: string; won: number; lost: number; other: number; decided: number; winRate: number | null };

/** Fold (key, outcome, count) rows into one row per key; most decided deals first, then label. */
export function winRates(rows: readonly OutcomeCount[]): WinRateRow[] {
  const byKey = new Map<string, WinRateRow>();
  for (const r of rows) {
    const row = byKey.get(r.key) ?? { key: r.key, label: r.label, won: 0, lost: 0, other: 0, decided: 0, winRate: null };
    if (r.outcome === 'WON') row.won += r.count;
    else if (r.outcome === 'LOST') row.lost += r.count;
    else if (r.outcome !== 'OPEN') row.other += r.count;
    byKey.set(r.key, row);
  }
  return [...byKey.values()]
    .map((r) => ({ ...r, decided: r.won + r.lost, winRate: r.won + r.lost === 0 ? null : r.won / (r.won + r.lost) }))
    .sort((a, b) => b.decided - a.decided || a.label.localeCompare(b.label, 'ko') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The overall row of a set of per-key rows (each deal counted once: pass non-overlapping rows). */
export function totalWinRate(rows: readonly WinRateRow[]): Omit<WinRateRow, 'key' | 'label'> {
  const won = rows.reduce((s, r) => s + r.won, 0);
  const lost = rows.reduce((s, r) => s + r.lost, 0);
  const other = rows.reduce((s, r) => s + r.other, 0);
  return { won, lost, other, decided: won + lost, winRate: won + lost === 0 ? null : won / (won + lost) };
}

// ---------------------------------------------------------------------------------------------
// Loss reasons per month.

export type ReasonMonthCount = { month: string; reasonId: string; label: string; count: number };
export type ReasonMatrix = {
  months: string[];
  reasons: { id: string; label: string; total: number; counts: number[] }[];
  monthTotals: number[];
};

/** Months from `from` to `to` inclusive, as 'YYYY-MM'. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Reasons × months, every month in [from, to] present (empty months are zeros, not gaps);
 * reasons ordered by total, most frequent first. Counts outside the range are ignored.
 */
export function lossReasonMatrix(rows: readonly ReasonMonthCount[], from: string, to: string): ReasonMatrix {
  const months = monthRange(from, to);
  const idx = new Map(months.map((m, i) => [m, i]));
  const reasons = new Map<string, { id: string; label: string; total: number; counts: number[] }>();
  for (const r of rows) {
    const i = idx.get(r.month);
    if (i === undefined) continue;
    const row = reasons.get(r.reasonId) ?? { id: r.reasonId, label: r.label, total: 0, counts: months.map(() => 0) };
    row.counts[i]! += r.count;
    row.total += r.count;
    reasons.set(r.reasonId, row);
  }
  const list = [...reasons.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'ko'));
  return { months, reasons: list, monthTotals: months.map((_, i) => list.reduce((s, r) => s + r.counts[i]!, 0)) };
}

/** 'YYYY-MM' moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export * from './write';
export * from './publish';
