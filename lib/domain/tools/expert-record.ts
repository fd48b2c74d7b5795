import { ratesByCategory } from '@/lib/domain/reports/rates';

// An expert's record over the deals they were linked to (issue 12 item 4). Closed deals only count
// for the win rate, with the product's one formula (수주율 = 수주 ÷ (수주 + 실주), the dashboard's
// lib/domain/reports/rates.ts): dropped and no-bid deals are counted apart and are in neither term;
// no won or lost deal → null (shown as "–"), never 0%.

export type ExpertDealOutcome = 'OPEN' | 'WON' | 'LOST' | 'DROPPED' | 'NO_BID';
export type ExpertRecord = { deals: number; open: number; won: number; lost: number; other: number; winRate: number | null };

export type OutcomeCounts = { open: number; won: number; lost: number; other: number };

/** The record from counts per outcome (the list query groups them in SQL). */
export function expertRecordOf({ open, won, lost, other }: OutcomeCounts): ExpertRecord {
  const [rate] = ratesByCategory([{ key: null, won, lost, noBid: 0 }]);
  return { deals: open + won + lost + other, open, won, lost, other, winRate: rate!.winRate };
}

/** The record over an expert's deals (their history on the profile page). */
export function expertRecord(deals: readonly { outcome: string }[]): ExpertRecord {
  const c: OutcomeCounts = { open: 0, won: 0, lost: 0, other: 0 };
  for (const d of deals) {
    if (d.outcome === 'OPEN') c.open++;
    else if (d.outcome === 'WON') c.won++;
    else if (d.outcome === 'LOST') c.lost++;
    else c.other++;
  }
  return expertRecordOf(c);
}

/** The kind of an expert (the list filter and the badge). */
export const expertKindOf = (e: { internal: boolean }) => (e.internal ? 'INTERNAL' : 'EXTERNAL');
