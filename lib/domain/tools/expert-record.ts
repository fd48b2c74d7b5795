import { ratesByCategory } from '@/lib/domain/reports/rates';

// An expert's record over the deals they were linked to (issue 12 item 4). Closed deals only count
// for the win rate, with the product's one formula (수주율 = 수주 ÷ (수주 + 실주), the dashboard's
// lib/domain/reports/rates.ts): dropped and no-bid deals are counted apart and are in neither term;
// no won or lost deal → null (shown as "–"), never 0%.

export type ExpertDealOutcome = 'OPEN' | 'WON' | 'LOST' | 'DROPPED' | 'NO_BID';
export type ExpertRecord = { deals: number; open: number; won: number; lost: number; other: number; winRate: number | null };

export function expertRecord(deals: readonly { outcome: string }[]): ExpertRecord {
  const r = { deals: deals.length, open: 0, won: 0, lost: 0, other: 0 };
  for (const d of deals) {
    if (d.outcome === 'OPEN') r.open++;
    else if (d.outcome === 'WON') r.won++;
    else if (d.outcome === 'LOST') r.lost++;
    else r.other++;
  }
  const [rate] = ratesByCategory([{ key: null, won: r.won, lost: r.lost, noBid: 0 }]);
  return { ...r, winRate: rate!.winRate };
}

/** The kind of an expert (the list filter and the badge). */
export const expertKindOf = (e: { internal: boolean }) => (e.internal ? 'INTERNAL' : 'EXTERNAL');
