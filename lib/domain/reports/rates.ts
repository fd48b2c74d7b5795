// Dashboard rates by business category: win rate = won ÷ (won + lost); bid rate = bid ÷ (bid +
// no-bid), where a bid is a deal we bid on (won or lost). Dropped deals (VRB drop) count in
// neither. A rate with no denominator is null (shown as "–"), never 0%.

export type OutcomeCounts = { key: string | null; won: number; lost: number; noBid: number };
export type CategoryRates = OutcomeCounts & { winRate: number | null; bidRate: number | null };

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

export function ratesByCategory(rows: readonly OutcomeCounts[]): CategoryRates[] {
  const merged = new Map<string, OutcomeCounts>();
  for (const r of rows) {
    const k = r.key ?? '';
    const m = merged.get(k) ?? { key: r.key, won: 0, lost: 0, noBid: 0 };
    merged.set(k, { key: r.key, won: m.won + r.won, lost: m.lost + r.lost, noBid: m.noBid + r.noBid });
  }
  return [...merged.values()].map((r) => ({
    ...r,
    winRate: ratio(r.won, r.won + r.lost),
    bidRate: ratio(r.won + r.lost, r.won + r.lost + r.noBid),
  }));
}
