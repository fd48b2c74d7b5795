// What the committee sees moved (issue #11): the review's frozen ROI snapshot against the
// opportunity's working copy, as display lines ("계약금액 4.2억원 → 3.9억원", "마진율 17% → 9%").
// Pure: both inputs are calculator inputs; formatting through lib/domain/format (ADR 012).

import { formatKrw, formatPercent } from '../format';
import { computeEconomics, diffEconomics, type EconomicsChange, type EconomicsInput } from './economics';

export type SnapshotDiffLine = { field: EconomicsChange['field']; from: string; to: string };

/** Display lines for each changed field, in diffEconomics's order; [] when either side is missing or invalid, or nothing moved. */
export function snapshotDiff(
  frozen: EconomicsInput | null | undefined,
  working: EconomicsInput | null | undefined,
  locale: 'ko' | 'en',
): SnapshotDiffLine[] {
  if (!frozen || !working) return [];
  const a = computeEconomics(frozen);
  const b = computeEconomics(working);
  if (!a.ok || !b.ok) return [];
  return diffEconomics(a.value, b.value).map((c) => {
    if (c.kind === 'amount') return { field: c.field, from: formatKrw(c.from, locale), to: formatKrw(c.to, locale) };
    if (c.kind === 'pct') return { field: c.field, from: formatPercent(c.from), to: formatPercent(c.to) };
    return { field: c.field, from: c.from || '–', to: c.to || '–' };
  });
}
