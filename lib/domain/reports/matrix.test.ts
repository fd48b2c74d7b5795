import { describe, expect, test } from 'vitest';
import { buildMatrix, compareAmountDesc, printDealsPerCell, printLayout, type CellAggregate, type DealRow } from './matrix';

const agg = (
  column: CellAggregate['column'],
  scope: CellAggregate['scope'],
  key: string | null,
  count: number,
  amount: string,
): CellAggregate => ({ column, scope, key, count, amount });
const deal = (column: DealRow['column'], scope: DealRow['scope'], key: string | null, id: string, amount: string | null): DealRow => ({
  column,
  scope,
  key,
  id,
  name: `deal ${id}`,
  amount,
});

describe('buildMatrix', () => {
  const m = buildMatrix({
    grouping: 'country',
    labels: [
      { key: 'KR', label: '한국' },
      { key: 'VN', label: '베트남' },
      { key: 'US', label: '미국' },
    ],
    aggregates: [
      agg('4', 'DOMESTIC', 'KR', 3, '300000000.10'),
      agg('WON', 'DOMESTIC', 'KR', 1, '0.20'),
      agg('3', 'OVERSEAS', 'US', 1, '50'),
      agg('3', 'OVERSEAS', 'VN', 2, '0.1'),
      agg('3', 'OVERSEAS', 'VN', -1, '-0.05'), // a delta: one deal left the cell
      agg('LOST', 'OVERSEAS', 'XX', 0, '0'), // empty row: dropped
    ],
    deals: [
      deal('4', 'DOMESTIC', 'KR', 'a', '100000000'),
      deal('4', 'DOMESTIC', 'KR', 'b', '200000000.10'),
      deal('4', 'DOMESTIC', 'KR', 'c', null),
      deal('4', 'DOMESTIC', 'KR', 'a', '100000000'), // listed twice: kept once
    ],
    topK: 2,
  });

  test.each([
    ['total of a row', m.groups[0]!.rows[0]!.total, { count: 4, amount: '300000000.3' }],
    ['subtotal domestic tier 4', m.groups[0]!.subtotal['4'], { count: 3, amount: '300000000.1' }],
    ['overseas tier 3 after the delta', m.groups[1]!.subtotal['3'], { count: 2, amount: '50.05' }],
    ['column total', m.totals['3'], { count: 2, amount: '50.05' }],
    ['grand total', m.grandTotal, { count: 6, amount: '300000050.35' }],
    ['open total (tiers 4..1)', m.openTotal, { count: 5, amount: '300000050.15' }],
  ])('%s', (_l, got, want) => expect(got).toEqual(want));

  test('rows follow the label order, scopes domestic first, empty rows dropped', () => {
    expect(m.groups.map((g) => g.scope)).toEqual(['DOMESTIC', 'OVERSEAS']);
    expect(m.groups[1]!.rows.map((r) => r.label)).toEqual(['베트남', '미국']);
  });

  test('a cell lists its largest deals, missing amounts last, and counts the rest as +N', () => {
    const cell = m.groups[0]!.rows[0]!.cells['4'];
    expect(cell.deals.map((d) => d.id)).toEqual(['b', 'a']);
    expect(cell.more).toBe(1);
  });

  test('no aggregates → empty', () => {
    const e = buildMatrix({ grouping: 'category', labels: [], aggregates: [], deals: [], topK: 3 });
    expect(e.empty).toBe(true);
    expect(e.groups).toEqual([]);
    expect(e.grandTotal).toEqual({ count: 0, amount: '0' });
  });

  test('an unassigned key (null) sorts last and keeps a null label', () => {
    const x = buildMatrix({
      grouping: 'category',
      labels: [{ key: 'c1', label: 'SI' }],
      aggregates: [agg('1', 'DOMESTIC', null, 1, '1'), agg('1', 'DOMESTIC', 'c1', 1, '2')],
      deals: [],
      topK: 1,
    });
    expect(x.groups[0]!.rows.map((r) => r.label)).toEqual(['SI', null]);
  });
});

describe('compareAmountDesc', () => {
  test.each([
    ['2', '1', -1],
    ['1', '2', 1],
    ['1.10', '1.1', 0],
    [null, '0', 1],
    ['0', null, -1],
    ['99999999999999999.99', '99999999999999999.98', -1], // beyond float precision
  ] as const)('%s vs %s → %i', (a, b, want) => expect(compareAmountDesc(a, b)).toBe(want));
});

describe('print plan', () => {
  test.each([
    // rows, subtotals → deals per cell, scale
    [2, 2, 5, 1],
    [4, 2, 5, 1],
    [6, 2, 4, 1],
    [8, 2, 3, 1],
    [12, 2, 1, 1],
    [20, 2, 0, 1],
    [40, 2, 0, 1],
    [60, 2, 0, 0.68],
    [80, 2, 0, 0.52],
  ])('%i rows, %i subtotals → %i deals a cell, scale %d', (rows, subs, k, scale) => {
    expect(printDealsPerCell(rows, subs)).toBe(k);
    expect(printLayout(rows, subs)).toEqual({ dealsPerCell: k, scale });
  });
});
