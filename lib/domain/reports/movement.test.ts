import { describe, expect, test } from 'vitest';
import { lastWeeks, moveKindOf, summariseMovement, weeklyMovementSeries, classifyMoves, type TierState } from './movement';

const s = (tier: number, outcome: TierState['outcome'] = tier === 0 ? 'WON' : 'OPEN'): TierState => ({ tier, outcome });

describe('moveKindOf', () => {
  test.each([
    ['created', null, s(4), 'new'],
    ['4 → 3', s(4), s(3), 'up'],
    ['2 → 3', s(2), s(3), 'down'],
    ['1 → won', s(1), s(0, 'WON'), 'won'],
    ['3 → lost', s(3), s(0, 'LOST'), 'lost'],
    ['2 → no-bid', s(2), s(0, 'NO_BID'), 'lost'],
    ['2 → dropped', s(2), s(0, 'DROPPED'), 'lost'],
    ['unchanged', s(2), s(2), null],
    ['reopened lost → 2', s(0, 'LOST'), s(2), 'down'],
  ] as const)('%s → %s', (_l, from, to, want) => expect(moveKindOf(from, to)).toBe(want));
});

describe('summariseMovement', () => {
  test('adds counts and exact amounts per kind; no-move transitions ignored', () => {
    const m = summariseMovement([
      { fromTier: 4, fromOutcome: 'OPEN', toTier: 3, toOutcome: 'OPEN', count: 2, amount: '0.1' },
      { fromTier: 3, fromOutcome: 'OPEN', toTier: 2, toOutcome: 'OPEN', count: 1, amount: '0.2' },
      { fromTier: null, fromOutcome: null, toTier: 4, toOutcome: 'OPEN', count: 5, amount: '10' },
      { fromTier: 1, fromOutcome: 'OPEN', toTier: 0, toOutcome: 'WON', count: 1, amount: '7' },
      { fromTier: 2, fromOutcome: 'OPEN', toTier: 2, toOutcome: 'OPEN', count: 9, amount: '9' },
    ]);
    expect(m).toEqual({
      up: { count: 3, amount: '0.3' },
      down: { count: 0, amount: '0' },
      new: { count: 5, amount: '10' },
      won: { count: 1, amount: '7' },
      lost: { count: 0, amount: '0' },
    });
  });
});

test('classifyMoves keeps only real moves', () => {
  const out = classifyMoves([
    { id: 'a', name: 'A', amount: '1', fromTier: 3, fromOutcome: 'OPEN', toTier: 3, toOutcome: 'OPEN' },
    { id: 'b', name: 'B', amount: null, fromTier: 3, fromOutcome: 'OPEN', toTier: 4, toOutcome: 'OPEN' },
  ]);
  expect(out.map((m) => [m.id, m.kind])).toEqual([['b', 'down']]);
});

describe('weekly series', () => {
  test('lastWeeks gives Mondays ending with the current week', () => {
    expect(lastWeeks(new Date('2026-11-27T10:00:00Z'), 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(lastWeeks(new Date('2026-11-23T00:00:00Z'), 1)).toEqual(['2026-11-23']);
  });
  test('zero-fills weeks and ignores rows outside the range', () => {
    const pts = weeklyMovementSeries(
      ['2026-11-16', '2026-11-23'],
      [
        { week: '2026-11-23', fromTier: 4, fromOutcome: 'OPEN', toTier: 3, toOutcome: 'OPEN', count: 2, amount: '1' },
        { week: '2026-01-05', fromTier: 4, fromOutcome: 'OPEN', toTier: 3, toOutcome: 'OPEN', count: 7, amount: '1' },
      ],
    );
    expect(pts).toEqual([
      { week: '2026-11-16', up: 0, down: 0, new: 0, won: 0, lost: 0 },
      { week: '2026-11-23', up: 2, down: 0, new: 0, won: 0, lost: 0 },
    ]);
  });
});
