// Market horizon from the expected close date (SPEC §2): short 2–4 months, mid 5–12, long 12–24
// by default; the boundaries are settings (footnote 6: other industries differ).

export const HORIZONS = ['SHORT', 'MID', 'LONG'] as const;
export type Horizon = (typeof HORIZONS)[number];
export type HorizonBounds = { shortMaxMonths: number; midMaxMonths: number };

/** Whole calendar months from `now` to `date` (a date in the current month is 0; past dates are negative). */
export function monthsUntil(date: Date, now: Date): number {
  return (date.getUTCFullYear() - now.getUTCFullYear()) * 12 + (date.getUTCMonth() - now.getUTCMonth());
}

/** null when there is no expected close date; an overdue date counts as short term. */
export function horizonOf(expectedCloseDate: Date | null | undefined, now: Date, bounds: HorizonBounds): Horizon | null {
  if (!expectedCloseDate) return null;
  const m = monthsUntil(expectedCloseDate, now);
  if (m <= bounds.shortMaxMonths) return 'SHORT';
  if (m <= bounds.midMaxMonths) return 'MID';
  return 'LONG';
}

/** The expected-close-date range [from, to) of a horizon, for SQL filters. */
export function horizonDateRange(h: Horizon, now: Date, bounds: HorizonBounds): { from: Date | null; to: Date | null } {
  const monthStart = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  if (h === 'SHORT') return { from: null, to: monthStart(bounds.shortMaxMonths + 1) };
  if (h === 'MID') return { from: monthStart(bounds.shortMaxMonths + 1), to: monthStart(bounds.midMaxMonths + 1) };
  return { from: monthStart(bounds.midMaxMonths + 1), to: null };
}
