// A competitor's record against us from CLOSED deals (issue 12 item 2). A deal counts for a
// competitor when it was listed on the deal or the deal was lost to it. Per deal:
//   WON_AGAINST  – we won (Tier 0 WON);
//   LOST_TO      – we lost and it was lost to this competitor;
//   NO_DECISION  – lost with loss type NO_DECISION (the customer decided nothing), or DROPPED / NO_BID;
//   LOST_OTHER   – lost to someone else (or to an unknown winner).
// lib/db/queries/competitors.ts groups the same classes in SQL (one statement); this file is the
// rule and the roll-up of its grouped rows.

export type AgainstResult = 'WON_AGAINST' | 'LOST_TO' | 'NO_DECISION' | 'LOST_OTHER';
export const AGAINST_RESULTS: readonly AgainstResult[] = ['WON_AGAINST', 'LOST_TO', 'NO_DECISION', 'LOST_OTHER'];

export function resultAgainst(
  deal: { outcome: string; lossType: string | null; lostToCompetitorId: string | null },
  competitorId: string,
): AgainstResult | null {
  switch (deal.outcome) {
    case 'WON':
      return 'WON_AGAINST';
    case 'LOST':
      if (deal.lostToCompetitorId === competitorId) return 'LOST_TO';
      return deal.lossType === 'NO_DECISION' ? 'NO_DECISION' : 'LOST_OTHER';
    case 'DROPPED':
    case 'NO_BID':
      return 'NO_DECISION';
    default:
      return null; // open: not part of the record
  }
}

export type RecordRow = { categoryId: string | null; result: AgainstResult; deals: number; amount: string };
export type RecordCell = { deals: number; amount: string };
export type RecordLine = Record<AgainstResult, RecordCell> & { deals: number; winRatePct: number | null };
export type CompetitorRecord = { total: RecordLine; byCategory: (RecordLine & { categoryId: string | null })[] };

const addAmounts = (a: string, b: string) => {
  const c = (s: string) => {
    const [w, f = ''] = s.split('.');
    return BigInt(w!) * 100n + BigInt((f + '00').slice(0, 2)) * (w!.startsWith('-') ? -1n : 1n);
  };
  const sum = c(a) + c(b);
  const w = sum / 100n;
  const f = sum % 100n;
  return f === 0n ? w.toString() : `${w}.${f.toString().padStart(2, '0')}`;
};

const emptyLine = (): RecordLine => ({
  WON_AGAINST: { deals: 0, amount: '0' },
  LOST_TO: { deals: 0, amount: '0' },
  NO_DECISION: { deals: 0, amount: '0' },
  LOST_OTHER: { deals: 0, amount: '0' },
  deals: 0,
  winRatePct: null,
});

/** Win rate against them: won ÷ (won + lost to them), in whole percent; null when neither happened. */
function finish(line: RecordLine): RecordLine {
  const decided = line.WON_AGAINST.deals + line.LOST_TO.deals;
  return { ...line, winRatePct: decided === 0 ? null : Math.round((line.WON_AGAINST.deals * 100) / decided) };
}

export function rollUpRecord(rows: readonly RecordRow[]): CompetitorRecord {
  const total = emptyLine();
  const cats = new Map<string | null, RecordLine>();
  for (const r of rows) {
    const line = cats.get(r.categoryId) ?? emptyLine();
    cats.set(r.categoryId, line);
    for (const l of [line, total]) {
      l[r.result] = { deals: l[r.result].deals + r.deals, amount: addAmounts(l[r.result].amount, r.amount) };
      l.deals += r.deals;
    }
  }
  return {
    total: finish(total),
    byCategory: [...cats.entries()].map(([categoryId, l]) => ({ categoryId, ...finish(l) })).sort((a, b) => b.deals - a.deals),
  };
}
