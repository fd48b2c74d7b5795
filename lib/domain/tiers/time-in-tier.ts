// Time in tier from the append-only history (SPEC §2): when each tier was first entered, last
// exited, and the cumulative days spent in it (an opportunity may return to a tier).

export type HistoryRow = { toTier: number; changedAt: Date };
export type TierTime = { tier: number; enteredAt: Date; exitedAt: Date | null; days: number };

const DAY = 86_400_000;

/** Rows in any order; the last row's tier is the current one (its `exitedAt` is null). */
export function timeInTiers(history: readonly HistoryRow[], now: Date): TierTime[] {
  const rows = [...history].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const byTier = new Map<number, TierTime>();
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const end = next ? next.changedAt : now;
    const ms = Math.max(0, end.getTime() - row.changedAt.getTime());
    const t = byTier.get(row.toTier);
    if (!t) byTier.set(row.toTier, { tier: row.toTier, enteredAt: row.changedAt, exitedAt: next ? next.changedAt : null, days: ms / DAY });
    else {
      t.days += ms / DAY;
      t.exitedAt = next ? next.changedAt : null;
    }
  });
  return [...byTier.values()].map((t) => ({ ...t, days: Math.round(t.days * 10) / 10 }));
}

/** Whole days since a date (0 on the same day). */
export const daysSince = (from: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY));
