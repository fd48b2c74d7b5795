// The one-page TM report (SPEC §3, 그림 III-4): a tier × business matrix. Columns are the open
// tiers 4..1 and Tier 0 split by outcome (won, lost, no-bid, dropped shown apart); rows are two
// levels — domestic/overseas, then country, business category or sales region — with a
// subtotal per first level, a total column per row and a total row per column. Each cell holds
// its count, its exact sum and its largest deals ("+N건" for the rest).
// Pure: aggregates and deal lists in, matrix out. Sums are exact decimal strings (sumAmounts).

import { sumAmounts } from '../format/money';
import { MATRIX_KEYS, type MatrixKey } from '../tiers/review';

export const REPORT_GROUPINGS = ['country', 'category', 'region'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];
export const REPORT_COLUMNS = MATRIX_KEYS;
export type ReportColumn = MatrixKey;
export const OPEN_COLUMNS: readonly ReportColumn[] = ['4', '3', '2', '1'];
export const SCOPES = ['DOMESTIC', 'OVERSEAS'] as const;
export type Scope = (typeof SCOPES)[number];

/** One aggregate contribution to a cell (several may add up to one cell, e.g. current + delta). */
export type CellAggregate = { column: ReportColumn; scope: Scope; key: string | null; count: number; amount: string };
export type DealRow = { column: ReportColumn; scope: Scope; key: string | null; id: string; name: string; amount: string | null };
export type RowLabel = { key: string; label: string; order?: number };

export type Sum = { count: number; amount: string };
export type Deal = { id: string; name: string; amount: string | null };
export type Cell = Sum & { deals: Deal[]; more: number };
export type MatrixRow = { key: string | null; label: string | null; cells: Record<ReportColumn, Cell>; total: Sum };
export type MatrixGroup = { scope: Scope; rows: MatrixRow[]; subtotal: Record<ReportColumn, Sum>; total: Sum };
export type OnePageMatrix = {
  grouping: ReportGrouping;
  columns: readonly ReportColumn[];
  groups: MatrixGroup[];
  totals: Record<ReportColumn, Sum>;
  grandTotal: Sum;
  /** open pipeline (tiers 4..1) */
  openTotal: Sum;
  empty: boolean;
};

const ZERO: Sum = { count: 0, amount: '0' };
const addSum = (a: Sum, b: Sum): Sum => ({ count: a.count + b.count, amount: sumAmounts([a.amount, b.amount]) });
const emptyRecord = <T>(f: () => T) => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, f()])) as Record<ReportColumn, T>;

/** Compare amounts (decimal strings) without floating point: larger first, missing last. */
export function compareAmountDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const d = sumAmounts([b, negate(a)]); // b − a, exact
  return d.startsWith('-') ? -1 : d === '0' ? 0 : 1;
}

const negate = (v: string) => (v.startsWith('-') ? v.slice(1) : `-${v}`);

const rowId = (scope: Scope, key: string | null) => `${scope}|${key ?? ''}`;

export function buildMatrix(input: {
  grouping: ReportGrouping;
  aggregates: readonly CellAggregate[];
  deals: readonly DealRow[];
  labels: readonly RowLabel[];
  /** largest deals listed per cell */
  topK: number;
}): OnePageMatrix {
  const { grouping, topK } = input;
  const labelOf = new Map(input.labels.map((l, i) => [l.key, { label: l.label, order: l.order ?? i }]));
  const rows = new Map<
    string,
    { scope: Scope; key: string | null; sums: Record<ReportColumn, Sum>; deals: Record<ReportColumn, Deal[]> }
  >();
  const rowOf = (scope: Scope, key: string | null) => {
    const id = rowId(scope, key);
    let r = rows.get(id);
    if (!r) {
      r = { scope, key, sums: emptyRecord(() => ({ ...ZERO })), deals: emptyRecord(() => [] as Deal[]) };
      rows.set(id, r);
    }
    return r;
  };
  for (const a of input.aggregates) {
    const r = rowOf(a.scope, a.key);
    r.sums[a.column] = addSum(r.sums[a.column], { count: a.count, amount: a.amount });
  }
  const seen = new Set<string>();
  for (const d of input.deals) {
    if (seen.has(d.id)) continue; // a deal is listed once
    seen.add(d.id);
    rowOf(d.scope, d.key).deals[d.column].push({ id: d.id, name: d.name, amount: d.amount });
  }

  const groups: MatrixGroup[] = [];
  for (const scope of SCOPES) {
    const mine = [...rows.values()].filter((r) => r.scope === scope && REPORT_COLUMNS.some((c) => r.sums[c].count !== 0));
    if (!mine.length) continue;
    mine.sort((x, y) => {
      if (x.key === null || y.key === null) return x.key === y.key ? 0 : x.key === null ? 1 : -1; // "unassigned" last
      const lx = labelOf.get(x.key);
      const ly = labelOf.get(y.key);
      if (lx && ly) return lx.order - ly.order || lx.label.localeCompare(ly.label);
      if (lx || ly) return lx ? -1 : 1;
      return x.key.localeCompare(y.key);
    });
    const subtotal = emptyRecord(() => ({ ...ZERO }));
    const outRows: MatrixRow[] = mine.map((r) => {
      const cells = emptyRecord<Cell>(() => ({ ...ZERO, deals: [], more: 0 }));
      let total: Sum = { ...ZERO };
      for (const c of REPORT_COLUMNS) {
        const deals = [...r.deals[c]].sort((a, b) => compareAmountDesc(a.amount, b.amount)).slice(0, Math.max(0, topK));
        cells[c] = { ...r.sums[c], deals, more: Math.max(0, r.sums[c].count - deals.length) };
        total = addSum(total, r.sums[c]);
        subtotal[c] = addSum(subtotal[c], r.sums[c]);
      }
      return { key: r.key, label: r.key === null ? null : (labelOf.get(r.key)?.label ?? r.key), cells, total };
    });
    groups.push({ scope, rows: outRows, subtotal, total: REPORT_COLUMNS.reduce((s, c) => addSum(s, subtotal[c]), { ...ZERO }) });
  }
  const totals = emptyRecord(() => ({ ...ZERO }));
  for (const g of groups) for (const c of REPORT_COLUMNS) totals[c] = addSum(totals[c], g.subtotal[c]);
  const grandTotal = REPORT_COLUMNS.reduce((s, c) => addSum(s, totals[c]), { ...ZERO });
  const openTotal = OPEN_COLUMNS.reduce((s, c) => addSum(s, totals[c]), { ...ZERO });
  return { grouping, columns: REPORT_COLUMNS, groups, totals, grandTotal, openTotal, empty: grandTotal.count === 0 };
}

/**
 * How many deals each cell may list on one landscape A4 page: the sheet has room for about
 * `lines` text lines below the header; every row needs one line for its sums and one for
 * "+N건", subtotals one line each; what is left is shared by the rows' deal lists.
 */
export function printDealsPerCell(rowCount: number, subtotalCount: number, lines = PRINT_LINES): number {
  const leafRows = Math.max(1, rowCount);
  const free = lines - subtotalCount - 2 /* header + total row */ - 2 * leafRows;
  return Math.max(0, Math.min(5, Math.floor(free / leafRows)));
}

/** Lines of report text one landscape A4 sheet holds at the print font (KPIs and movement line excluded). */
export const PRINT_LINES = 44; // measured: 12 rows × (sum + 1 deal + "+N") fill ~70% of the sheet

/**
 * The print plan: deals per cell, and a scale (≤ 1) for the sheet when even one line per row
 * does not fit (many rows) — so the report always stays on one page, smaller rather than split.
 * With no deals listed a row is one line: its sum and count ("N건") say what "+N건" would.
 */
export function printLayout(rowCount: number, subtotalCount: number, lines = PRINT_LINES): { dealsPerCell: number; scale: number } {
  const dealsPerCell = printDealsPerCell(rowCount, subtotalCount, lines);
  const perRow = dealsPerCell > 0 ? 2 + dealsPerCell : 1;
  const needed = Math.max(1, rowCount) * perRow + subtotalCount + 2;
  return { dealsPerCell, scale: Math.min(1, Math.floor((lines / needed) * 100) / 100) };
}
