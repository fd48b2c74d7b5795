import { describe, expect, test } from 'vitest';
import { AsOfIndex, centsText, stateCode, stateOfCode, toCents, type IndexDeal, type IndexFilters } from './as-of-index';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const NO_FILTER: IndexFilters = { ownerIds: null, categoryId: null, from: null, to: null };

function deal(id: string, o: Partial<IndexDeal> = {}): IndexDeal {
  return {
    id,
    amount: '100',
    tier: 4,
    outcome: 'OPEN',
    scope: 'DOMESTIC',
    country: 'KR',
    categoryId: 'si',
    regionId: null,
    ownerId: 'rep1',
    expectedCloseDate: null,
    ...o,
  };
}

/**
 * A scripted history (dates are instants at 00:00 UTC):
 *   a: created 10-01 at 4; 10-10 → 3; 10-20 → 2          (now 2)
 *   b: created 10-01 at 4; 10-15 → won                   (now WON)
 *   c: created 10-12 at 3                                (now 3)
 *   d: created 09-01 at 2; 10-05 → 3; 10-25 → 2          (now 2: no net move since 10-01)
 *   e: no history at all (imported)                      (now 1)
 */
function scripted(): AsOfIndex {
  const ix = new AsOfIndex();
  ix.upsertDeal(deal('a', { amount: '1000.10', tier: 2, ownerId: 'rep1', expectedCloseDate: '2027-01-15' }));
  ix.upsertDeal(deal('b', { amount: '500', tier: 0, outcome: 'WON', scope: 'OVERSEAS', country: 'VN', ownerId: 'rep2' }));
  ix.upsertDeal(deal('c', { amount: null, tier: 3, categoryId: 'cloud' }));
  ix.upsertDeal(deal('d', { amount: '300', tier: 2, categoryId: null, expectedCloseDate: '2026-12-10' }));
  ix.upsertDeal(deal('e', { amount: '70', tier: 1 }));
  const changes: [string, string, number | null, 'OPEN' | 'WON' | null][] = [
    ['a', '2026-10-01', null, null],
    ['a', '2026-10-10', 4, 'OPEN'],
    ['a', '2026-10-20', 3, 'OPEN'],
    // out of time order on purpose: the index does not need sorted input
    ['b', '2026-10-15', 4, 'OPEN'],
    ['b', '2026-10-01', null, null],
    ['c', '2026-10-12', null, null],
    ['d', '2026-09-01', null, null],
    ['d', '2026-10-05', 2, 'OPEN'],
    ['d', '2026-10-25', 3, 'OPEN'],
  ];
  for (const [id, d, fromTier, fromOutcome] of changes)
    expect(ix.addChange({ opportunityId: id, changedAtMs: day(d), fromTier, fromOutcome })).toBe(true);
  return ix;
}

const run = (
  ix: AsOfIndex,
  asOf: string,
  o: { filters?: Partial<IndexFilters>; grouping?: 'country' | 'category' | 'region'; k?: number; moveLimit?: number } = {},
) =>
  ix.compute({
    asOfMs: day(asOf),
    grouping: o.grouping ?? 'country',
    filters: { ...NO_FILTER, ...o.filters },
    k: o.k ?? 5,
    moveLimit: o.moveLimit ?? 30,
  });

/** state per deal id, read back from the deal lists (k large enough to list every deal) */
const states = (r: ReturnType<typeof run>) => Object.fromEntries(r.deals.map((d) => [d.id, d.tier === 0 ? d.outcome : d.tier]).sort());

describe('state at T', () => {
  test.each([
    ['2026-08-01', { e: 1 }], // only the deal without history (its current state)
    ['2026-09-15', { d: 2, e: 1 }],
    ['2026-10-01', { a: 4, b: 4, d: 2, e: 1 }], // a change exactly at T belongs to T
    ['2026-10-12', { a: 3, b: 4, c: 3, d: 3, e: 1 }],
    ['2026-10-22', { a: 2, b: 'WON', c: 3, d: 3, e: 1 }],
    ['2026-11-27', { a: 2, b: 'WON', c: 3, d: 2, e: 1 }],
  ] as const)('as of %s', (asOf, want) => expect(states(run(scripted(), asOf))).toEqual(want));
});

test('cells: counts and exact sums per (state, scope, key); k largest deals, missing amounts last', () => {
  const r = run(scripted(), '2026-10-12', { k: 1 });
  expect(r.aggregates).toEqual(
    expect.arrayContaining([
      { outcome: 'OPEN', tier: 3, scope: 'DOMESTIC', key: 'KR', count: 3, amount: '1300.10' },
      { outcome: 'OPEN', tier: 4, scope: 'OVERSEAS', key: 'VN', count: 1, amount: '500.00' },
      { outcome: 'OPEN', tier: 1, scope: 'DOMESTIC', key: 'KR', count: 1, amount: '70.00' },
    ]),
  );
  expect(r.aggregates).toHaveLength(3);
  expect(r.deals.filter((d) => d.tier === 3).map((d) => d.id)).toEqual(['a']);
});

test('grouping by category puts deals without one under key null', () => {
  const r = run(scripted(), '2026-11-27', { grouping: 'category' });
  expect(r.aggregates.map((a) => [a.tier, a.key, a.count]).sort()).toEqual(
    [
      [0, 'si', 1],
      [1, 'si', 1],
      [2, 'si', 1],
      [2, null, 1],
      [3, 'cloud', 1],
    ].sort(),
  );
});

test('movement since T: each deal from its state then to its state now', () => {
  const r = run(scripted(), '2026-10-01');
  const t = (fromTier: number | null, toTier: number) => r.transitions.find((x) => x.fromTier === fromTier && x.toTier === toTier);
  expect(t(4, 2)).toMatchObject({ count: 1, amount: '1000.10' }); // a: up two tiers
  expect(t(4, 0)).toMatchObject({ toOutcome: 'WON', count: 1, amount: '500.00' }); // b: won
  expect(t(null, 3)).toMatchObject({ count: 1, amount: '0.00' }); // c: new, no amount
  expect(t(2, 2)).toMatchObject({ count: 1, amount: '300.00' }); // d: 2 → 3 → 2, changed but no net move
  expect(r.transitions.reduce((n, x) => n + x.count, 0)).toBe(4); // e never changed
  // the largest moves first, no amount last; d did not move on balance
  expect(r.moves.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  expect(run(scripted(), '2026-10-01', { moveLimit: 2 }).moves.map((m) => m.id)).toEqual(['a', 'b']);
  // from 10-12: d was 3 then, 2 now — an up move
  expect(run(scripted(), '2026-10-12').moves.map((m) => [m.id, m.fromTier, m.toTier])).toEqual([
    ['a', 3, 2],
    ['b', 4, 0],
    ['d', 3, 2],
  ]);
});

test('a deal that moved and came back is counted as changed with no net move', () => {
  // d: 2 at 09-15; 3 on 10-05; 2 again on 10-25
  const r = run(scripted(), '2026-09-15');
  expect(r.transitions.find((x) => x.fromTier === 2 && x.toTier === 2)).toMatchObject({ count: 1 });
  expect(r.moves.map((m) => m.id)).not.toContain('d');
});

describe('filters', () => {
  test.each([
    ['owner', { ownerIds: ['rep2'] }, ['b']],
    ['unknown owner', { ownerIds: ['nobody'] }, []],
    ['category', { categoryId: 'cloud' }, ['c']],
    ['unknown category', { categoryId: 'nope' }, []],
    ['period (deals without a date are outside)', { from: '2026-12-01', to: '2027-01-31' }, ['a', 'd']],
    ['period from only', { from: '2027-01-01' }, ['a']],
  ] as const)('%s', (_l, filters, want) => {
    const r = run(scripted(), '2026-11-27', { filters: filters as Partial<IndexFilters> });
    expect(r.deals.map((d) => d.id).sort()).toEqual(want);
  });
});

test('upsertDeal replaces attributes in place (amount, category, current state)', () => {
  const ix = scripted();
  ix.upsertDeal(deal('e', { amount: '71.5', tier: 0, outcome: 'LOST', categoryId: 'cloud' }));
  expect(ix.dealCount).toBe(5);
  const r = run(ix, '2026-11-27', { grouping: 'category' });
  expect(r.aggregates.find((a) => a.outcome === 'LOST')).toEqual({
    outcome: 'LOST',
    tier: 0,
    scope: 'DOMESTIC',
    key: 'cloud',
    count: 1,
    amount: '71.50',
  });
});

test('a change of an unknown deal is refused (the loader reloads)', () => {
  expect(new AsOfIndex().addChange({ opportunityId: 'x', changedAtMs: 0, fromTier: null, fromOutcome: null })).toBe(false);
});

test('ties in amount are ordered by id, so the list is the same every time', () => {
  const ix = new AsOfIndex();
  for (const id of ['c', 'a', 'b']) ix.upsertDeal(deal(id, { amount: '5' }));
  expect(run(ix, '2026-11-27', { k: 2 }).deals.map((d) => d.id)).toEqual(['a', 'b']);
});

test('sums stay exact past 2^53 cents', () => {
  const ix = new AsOfIndex();
  // 3 × 40,000,000,000,000.01 won = 1.2e16 cents > Number.MAX_SAFE_INTEGER
  for (const id of ['a', 'b', 'c']) ix.upsertDeal(deal(id, { amount: '40000000000000.01' }));
  expect(run(ix, '2026-11-27').aggregates[0]!.amount).toBe('120000000000000.03');
});

describe('encodings', () => {
  test.each([
    [null, null, 0],
    [4, 'OPEN', 4],
    [1, 'OPEN', 1],
    [0, 'WON', 5],
    [0, 'LOST', 6],
    [0, 'NO_BID', 7],
    [0, 'DROPPED', 8],
    [0, null, 6], // Tier 0 without an outcome reads as lost, as in SQL
  ] as const)('stateCode(%s, %s) = %s', (tier, outcome, code) => {
    expect(stateCode(tier, outcome)).toBe(code);
    if (outcome !== null || tier === null) expect(stateOfCode(code)).toEqual(tier === null ? null : { tier, outcome });
  });
  test('stateCode refuses a tier outside 0..4', () => expect(() => stateCode(7, 'OPEN')).toThrow());
  test.each([
    ['0', 0],
    ['12.5', 1250],
    ['12.05', 1205],
    ['-3.1', -310],
    [null, null],
  ] as const)('toCents(%s) = %s', (v, c) => expect(toCents(v)).toBe(c));
  test('toCents refuses text and amounts past 2^53 cents', () => {
    expect(() => toCents('1e5')).toThrow();
    expect(() => toCents('900000000000000000')).toThrow();
  });
  test.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [123456n, '1234.56'],
    [-101n, '-1.01'],
  ])('centsText(%s) = %s', (c, t) => expect(centsText(c)).toBe(t));
});
