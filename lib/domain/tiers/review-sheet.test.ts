import { describe, expect, test } from 'vitest';
import { buildMovementMatrix, repReviewFlags, stagnantFromFlags } from './review';
import { matrixRows, repSummaries, reviewPrintScale, scopeMatrixRows } from './review-sheet';

const items = [
  { ownerId: 'a', previousTier: 3, currentTier: 4, outcome: 'OPEN' as const, decision: 'ADVANCE' as const },
  { ownerId: 'a', previousTier: 3, currentTier: 2, outcome: 'OPEN' as const, decision: null },
  { ownerId: 'a', previousTier: 3, currentTier: 3, outcome: 'OPEN' as const, decision: 'HOLD' as const },
  { ownerId: 'a', previousTier: null, currentTier: 4, outcome: 'OPEN' as const, decision: null },
  { ownerId: 'b', previousTier: 2, currentTier: 0, outcome: 'LOST' as const, decision: null },
  { ownerId: 'b', previousTier: 2, currentTier: 1, outcome: 'OPEN' as const, decision: 'DROP' as const },
];
const named = buildMovementMatrix(items).map((m) => ({ ...m, ownerName: m.ownerId.toUpperCase() }));

describe('matrixRows: one row per rep and previous tier', () => {
  test.each([
    ['a:NEW', { '4': { count: 1, direction: 'new' } }, 1],
    ['a:3', { '4': { count: 1, direction: 'down' }, '3': { count: 1, direction: 'same' }, '2': { count: 1, direction: 'up' } }, 3], // Tier 1 is nearest the close
    ['b:2', { '1': { count: 1, direction: 'up' }, LOST: { count: 1, direction: 'down' } }, 2],
  ])('%s', (id, cells, total) => {
    const row = matrixRows(named).find((r) => r.id === id)!;
    expect(row.cells).toEqual(cells);
    expect(row.total).toBe(total);
  });
  test('NEW first, then T4…T1 and the outcomes; reps in the matrix order', () => {
    expect(matrixRows(named).map((r) => r.id)).toEqual(['a:NEW', 'a:3', 'b:2']);
  });
  test('the scope matrix adds every rep up', () => {
    const rows = scopeMatrixRows(named, '전사');
    expect(rows.map((r) => [r.id, r.total])).toEqual([
      ['all:NEW', 1],
      ['all:3', 3],
      ['all:2', 2],
    ]);
    expect(rows.every((r) => r.ownerName === '전사' && r.ownerId === null)).toBe(true);
  });
});

describe('repSummaries', () => {
  test('movement and decisions per rep; undecided counts only deals open in the snapshot', () => {
    const s = repSummaries(named, items, ['b']);
    expect(s).toEqual([
      {
        ownerId: 'a',
        ownerName: 'A',
        up: 1,
        down: 1,
        same: 1,
        added: 1,
        decided: { ADVANCE: 1, HOLD: 1, DOWNGRADE: 0, DROP: 0 },
        undecided: 2,
        stagnant: false,
      },
      {
        ownerId: 'b',
        ownerName: 'B',
        up: 1,
        down: 1,
        same: 0,
        added: 0,
        decided: { ADVANCE: 0, HOLD: 0, DOWNGRADE: 0, DROP: 1 },
        undecided: 0,
        stagnant: true,
      },
    ]);
  });
});

describe('reviewPrintScale', () => {
  test.each([
    [0, 1],
    [34, 1],
    [68, 0.5],
    [100, 0.34 > 0.35 ? 0.34 : 0.35],
    [1000, 0.35],
  ])('%i rows → %f', (rows, scale) => expect(reviewPrintScale(rows)).toBe(scale));
});

describe('stagnantFromFlags: the stagnant rule on per-review, per-rep flags (the dashboard reads them from SQL)', () => {
  const f = (reviewIndex: number, ownerId: string, still: boolean) => ({ reviewIndex, ownerId, still });
  test.each([
    ['still in each of the last 2', [f(0, 'a', true), f(1, 'a', true)], 2, 2, ['a']],
    ['moved in one of them', [f(0, 'a', true), f(1, 'a', false)], 2, 2, []],
    ['absent from one review', [f(0, 'a', true)], 2, 2, []],
    ['the chain is shorter than n', [f(0, 'a', true)], 1, 2, []],
    ['older reviews do not count', [f(0, 'a', true), f(1, 'a', true), f(2, 'a', false)], 3, 2, ['a']],
    ['sorted ids', [f(0, 'b', true), f(0, 'a', true)], 1, 1, ['a', 'b']],
  ] as const)('%s', (_, flags, count, n, want) => expect(stagnantFromFlags(flags, count, n)).toEqual(want));
  test('repReviewFlags: a rep is still only when every item kept its tier (a new deal is not still)', () => {
    expect(
      repReviewFlags([
        [
          { ownerId: 'a', previousTier: 3, currentTier: 3, outcome: 'OPEN' },
          { ownerId: 'b', previousTier: 3, currentTier: 3, outcome: 'OPEN' },
          { ownerId: 'b', previousTier: null, currentTier: 4, outcome: 'OPEN' },
        ],
      ]),
    ).toEqual([f(0, 'a', true), f(0, 'b', false)]);
  });
});
