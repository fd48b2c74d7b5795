import { describe, expect, test } from 'vitest';
import { horizonDateRange, horizonOf, monthsUntil } from './horizon';
import { decideSnooze, isNextStepOverdue, stallStateOf } from './stall';
import { daysSince, timeInTiers } from './time-in-tier';
import { buildMovementMatrix, stagnantReps } from './review';
import { directionOf, salesStageOf } from './tiers';

const d = (s: string) => new Date(s);
const now = d('2026-11-27T09:00:00Z');
const bounds = { shortMaxMonths: 4, midMaxMonths: 12 };

describe('salesStageOf', () => {
  test.each([
    [4, 'INITIAL_CONTACT'],
    [3, 'DEVELOPMENT'],
    [2, 'EVALUATION'],
    [1, 'PROPOSAL_CONTRACT'],
    [0, 'CLOSE_REVIEW'],
  ] as const)('Tier %i → %s', (tier, stage) => expect(salesStageOf(tier)).toBe(stage));
});

describe('horizonOf', () => {
  test.each([
    [null, null],
    ['2026-10-01', 'SHORT'], // overdue
    ['2026-11-30', 'SHORT'],
    ['2027-03-31', 'SHORT'], // 4 months
    ['2027-04-01', 'MID'], // 5 months
    ['2027-11-30', 'MID'], // 12 months
    ['2027-12-01', 'LONG'],
    ['2028-11-01', 'LONG'],
  ] as const)('%s → %s', (date, h) => expect(horizonOf(date ? d(date) : null, now, bounds)).toBe(h));

  test('boundaries come from settings', () => {
    expect(horizonOf(d('2027-03-31'), now, { shortMaxMonths: 2, midMaxMonths: 6 })).toBe('MID');
    expect(horizonOf(d('2027-06-01'), now, { shortMaxMonths: 2, midMaxMonths: 6 })).toBe('LONG');
  });

  test('the SQL date range agrees with horizonOf', () => {
    for (const h of ['SHORT', 'MID', 'LONG'] as const) {
      const r = horizonDateRange(h, now, bounds);
      for (const date of ['2026-10-01', '2027-03-31', '2027-04-01', '2027-11-30', '2027-12-01']) {
        const inRange = (!r.from || d(date) >= r.from) && (!r.to || d(date) < r.to);
        expect(inRange, `${h} ${date}`).toBe(horizonOf(d(date), now, bounds) === h);
      }
    }
    expect(monthsUntil(d('2027-01-01'), now)).toBe(2);
  });
});

describe('timeInTiers', () => {
  test('entered, exited and cumulative days, with a return to a tier', () => {
    const rows = [
      { toTier: 4, changedAt: d('2026-01-01T00:00:00Z') },
      { toTier: 3, changedAt: d('2026-01-11T00:00:00Z') },
      { toTier: 4, changedAt: d('2026-01-16T00:00:00Z') },
      { toTier: 3, changedAt: d('2026-01-21T00:00:00Z') },
    ];
    const end = d('2026-01-31T00:00:00Z');
    expect(timeInTiers([...rows].reverse(), end)).toEqual([
      { tier: 4, enteredAt: d('2026-01-01T00:00:00Z'), exitedAt: d('2026-01-21T00:00:00Z'), days: 15 },
      { tier: 3, enteredAt: d('2026-01-11T00:00:00Z'), exitedAt: null, days: 15 },
    ]);
  });
  test.each([
    ['2026-11-27T08:00:00Z', 0],
    ['2026-11-26T09:00:00Z', 1],
    ['2026-10-28T09:00:00Z', 30],
  ])('daysSince %s = %i', (from, n) => expect(daysSince(d(from), now)).toBe(n));
});

describe('stall', () => {
  const th = { tier4: 60, tier3: 45, tier2: 30, tier1: 21 };
  const base = { tier: 2, tierEnteredAt: d('2026-10-01T00:00:00Z'), stallSnoozedUntil: null, stallSnoozedAt: null };
  test.each([
    ['within the threshold', { ...base, tierEnteredAt: d('2026-11-01T00:00:00Z') }, 'ok'],
    ['past the threshold', base, 'stalled'],
    ['snoozed until a future date', { ...base, stallSnoozedAt: d('2026-11-20T00:00:00Z'), stallSnoozedUntil: d('2026-12-10') }, 'snoozed'],
    ['snooze expired', { ...base, stallSnoozedAt: d('2026-11-01T00:00:00Z'), stallSnoozedUntil: d('2026-11-20') }, 'stalled'],
    [
      'snooze from an earlier tier entry does not count',
      { ...base, stallSnoozedAt: d('2026-09-01T00:00:00Z'), stallSnoozedUntil: d('2026-12-10') },
      'stalled',
    ],
    ['Tier 0 never stalls', { ...base, tier: 0 }, 'ok'],
    ['Tier 4 has its own threshold', { ...base, tier: 4 }, 'ok'],
  ] as const)('%s → %s', (_l, o, state) => expect(stallStateOf(o, th, now)).toBe(state));

  test.each([
    ['a stalled card', base, { until: d('2026-12-15'), reason: '고객 내부 감사 기간' }, { ok: true, value: { until: d('2026-12-15') } }],
    [
      'twice in one tier entry',
      { ...base, stallSnoozedAt: d('2026-11-01T00:00:00Z'), stallSnoozedUntil: d('2026-11-10') },
      { until: d('2026-12-15'), reason: 'r' },
      { ok: false, error: { code: 'ALREADY_SNOOZED' } },
    ],
    [
      'a card that is not stalled',
      { ...base, tierEnteredAt: d('2026-11-20T00:00:00Z') },
      { until: d('2026-12-15'), reason: 'r' },
      { ok: false, error: { code: 'NOT_STALLED' } },
    ],
    ['a past date', base, { until: d('2026-11-27'), reason: 'r' }, { ok: false, error: { code: 'BAD_DATE' } }],
    ['more than a year', base, { until: d('2028-01-01'), reason: 'r' }, { ok: false, error: { code: 'BAD_DATE' } }],
    ['no reason', base, { until: d('2026-12-15'), reason: ' ' }, { ok: false, error: { code: 'REASON_REQUIRED' } }],
  ] as const)('snooze %s', (_l, o, req, expected) => expect(decideSnooze(o, req, th, now)).toEqual(expected));

  test.each([
    [null, false],
    ['2026-11-27', false],
    ['2026-11-26', true],
  ] as const)('next step due %s overdue=%s', (due, expected) => expect(isNextStepOverdue(due ? d(due) : null, now)).toBe(expected));
});

describe('movement', () => {
  test.each([
    [null, { tier: 4, outcome: 'OPEN' }, 'new'],
    [{ tier: 4, outcome: 'OPEN' }, { tier: 3, outcome: 'OPEN' }, 'up'],
    [{ tier: 2, outcome: 'OPEN' }, { tier: 3, outcome: 'OPEN' }, 'down'],
    [{ tier: 2, outcome: 'OPEN' }, { tier: 2, outcome: 'OPEN' }, 'same'],
    [{ tier: 1, outcome: 'OPEN' }, { tier: 0, outcome: 'WON' }, 'up'],
    [{ tier: 1, outcome: 'OPEN' }, { tier: 0, outcome: 'LOST' }, 'down'],
    [{ tier: 0, outcome: 'LOST' }, { tier: 2, outcome: 'OPEN' }, 'down'],
  ] as const)('%j → %j is %s', (from, to, dir) => expect(directionOf(from, to)).toBe(dir));

  test('buildMovementMatrix groups per rep and colours by direction', () => {
    const m = buildMovementMatrix([
      { ownerId: 'a', previousTier: 4, currentTier: 3, outcome: 'OPEN' },
      { ownerId: 'a', previousTier: 4, currentTier: 3, outcome: 'OPEN' },
      { ownerId: 'a', previousTier: 2, currentTier: 2, outcome: 'OPEN' },
      { ownerId: 'a', previousTier: 1, currentTier: 0, outcome: 'LOST' },
      { ownerId: 'b', previousTier: null, currentTier: 4, outcome: 'OPEN' },
    ]);
    expect(m).toEqual([
      {
        ownerId: 'a',
        cells: [
          { from: '4', to: '3', count: 2, direction: 'up' },
          { from: '2', to: '2', count: 1, direction: 'same' },
          { from: '1', to: 'LOST', count: 1, direction: 'down' },
        ],
        up: 2,
        down: 1,
        same: 1,
        added: 0,
      },
      { ownerId: 'b', cells: [{ from: 'NEW', to: '4', count: 1, direction: 'new' }], up: 0, down: 0, same: 0, added: 1 },
    ]);
  });

  test('stagnantReps names reps whose tiers did not move for N reviews', () => {
    const still = (o: string) => ({ ownerId: o, previousTier: 3, currentTier: 3, outcome: 'OPEN' as const });
    const moved = (o: string) => ({ ownerId: o, previousTier: 3, currentTier: 2, outcome: 'OPEN' as const });
    const reviews = [
      [still('a'), still('b'), moved('c')],
      [still('a'), moved('b'), still('c')],
      [still('a'), still('b'), still('c')],
    ];
    expect(stagnantReps(reviews, 3)).toEqual(['a']);
    expect(stagnantReps(reviews, 1)).toEqual(['a', 'b']);
    expect(stagnantReps(reviews, 4)).toEqual([]);
    expect(stagnantReps([[still('a')], [{ ownerId: 'a', previousTier: null, currentTier: 4, outcome: 'OPEN' as const }]], 2)).toEqual([]);
  });
});

describe('board codec', () => {
  test('cards survive the tuple encoding', async () => {
    const { encodeCards, decodeCards } = await import('./board-codec');
    const card = {
      id: 'a',
      name: '사업',
      accountName: '고객',
      ownerName: '담당',
      amount: '1200000000',
      tier: 3,
      outcome: 'OPEN' as const,
      daysInTier: 4,
      stall: 'stalled' as const,
      nextStep: null,
      nextStepDueDate: '2026-12-01',
      isNextStepOverdue: false,
      version: 7,
      movable: false,
      postmortemDue: true,
      unmetCount: 2,
      bidDueSoon: '2026-12-03T01:00:00.000Z',
    };
    expect(decodeCards(encodeCards([card]))).toEqual([card]);
  });
});
