import { describe, expect, test } from 'vitest';
import {
  assembleTimeline,
  classifyPending,
  shiftMonth,
  lossReasonMatrix,
  monthRange,
  POSTMORTEM_DUE_DAYS,
  postmortemDue,
  totalWinRate,
  winRates,
} from './index';

const d = (s: string) => new Date(s);

describe('postmortemDue', () => {
  test.each([
    // closedAt, now, state, daysLeft
    ['2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', 'DUE', 14],
    ['2026-11-01T00:00:00Z', '2026-11-14T23:59:59Z', 'DUE', 0],
    ['2026-11-01T00:00:00Z', '2026-11-15T00:00:00Z', 'DUE', 0],
    ['2026-11-01T00:00:00Z', '2026-11-15T00:00:01Z', 'OVERDUE', -1],
    ['2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', 'OVERDUE', -5],
  ] as const)('closed %s, now %s → %s (%i days left)', (closed, now, state, daysLeft) => {
    const r = postmortemDue(d(closed), d(now));
    expect(r.state).toBe(state);
    expect(r.daysLeft).toBe(daysLeft);
    expect(r.dueAt.getTime() - d(closed).getTime()).toBe(POSTMORTEM_DUE_DAYS * 86_400_000);
  });

  test('classifyPending puts the most overdue first, then the earliest due', () => {
    const now = d('2026-11-27T00:00:00Z');
    const rows = [
      { id: 'recent', closedAt: d('2026-11-25T00:00:00Z') },
      { id: 'old', closedAt: d('2026-10-01T00:00:00Z') },
      { id: 'older-due', closedAt: d('2026-11-20T00:00:00Z') },
      { id: 'overdue', closedAt: d('2026-11-10T00:00:00Z') },
    ];
    const out = classifyPending(rows, now);
    expect(out.map((r) => [r.id, r.state])).toEqual([
      ['old', 'OVERDUE'],
      ['overdue', 'OVERDUE'],
      ['older-due', 'DUE'],
      ['recent', 'DUE'],
    ]);
  });
});

describe('assembleTimeline', () => {
  test('merges the three sources oldest first; at equal times activity → VRB → tier; then by id', () => {
    const t = assembleTimeline(
      [
        { id: 't1', at: d('2026-01-01T00:00:00Z'), fromTier: null, toTier: 4, toOutcome: 'OPEN', reason: null },
        { id: 't2', at: d('2026-03-01T00:00:00Z'), fromTier: 2, toTier: 1, toOutcome: 'OPEN', reason: '입찰 승인' },
      ],
      [{ id: 'v1', at: d('2026-03-01T00:00:00Z'), decision: 'PASS', stageName: '입찰심의', reason: null }],
      [
        { id: 'a2', at: d('2026-02-01T00:00:00Z'), type: 'MEETING', subject: '요구사항 미팅' },
        { id: 'a1', at: d('2026-02-01T00:00:00Z'), type: 'CALL', subject: '통화' },
        { id: 'a3', at: d('2026-03-01T00:00:00Z'), type: 'NOTE', subject: '심의 준비' },
      ],
    );
    expect(t.map((e) => `${e.kind}:${e.id}`)).toEqual(['tier:t1', 'activity:a1', 'activity:a2', 'activity:a3', 'vrb:v1', 'tier:t2']);
  });

  test.each([
    [[], [], [], 0],
    [[{ id: 'x', at: d('2026-01-01'), fromTier: null, toTier: 3, toOutcome: 'OPEN', reason: null }], [], [], 1],
  ] as const)('empty and single inputs (%#)', (tier, vrb, act, n) => {
    expect(assembleTimeline(tier, vrb, act)).toHaveLength(n);
  });
});

describe('winRates', () => {
  test.each([
    {
      name: 'won ÷ (won + lost); no-bid/dropped counted apart; open ignored',
      rows: [
        { key: 'a', label: 'IT', outcome: 'WON', count: 3 },
        { key: 'a', label: 'IT', outcome: 'LOST', count: 1 },
        { key: 'a', label: 'IT', outcome: 'NO_BID', count: 2 },
        { key: 'a', label: 'IT', outcome: 'DROPPED', count: 1 },
        { key: 'a', label: 'IT', outcome: 'OPEN', count: 9 },
      ],
      want: [{ key: 'a', won: 3, lost: 1, other: 3, decided: 4, winRate: 0.75 }],
    },
    {
      name: 'no decided deals → rate is null, not 0',
      rows: [{ key: 'b', label: '건설', outcome: 'DROPPED', count: 2 }],
      want: [{ key: 'b', won: 0, lost: 0, other: 2, decided: 0, winRate: null }],
    },
    {
      name: 'ordered by decided deals, then label',
      rows: [
        { key: 'x', label: '나', outcome: 'LOST', count: 1 },
        { key: 'y', label: '가', outcome: 'LOST', count: 1 },
        { key: 'z', label: '다', outcome: 'WON', count: 5 },
      ],
      want: [
        { key: 'z', winRate: 1 },
        { key: 'y', winRate: 0 },
        { key: 'x', winRate: 0 },
      ],
    },
  ])('$name', ({ rows, want }) => {
    const out = winRates(rows);
    expect(out).toHaveLength(want.length);
    want.forEach((w, i) => expect(out[i]).toMatchObject(w));
  });

  test('totalWinRate sums the rows', () => {
    const rows = winRates([
      { key: 'a', label: 'a', outcome: 'WON', count: 1 },
      { key: 'b', label: 'b', outcome: 'LOST', count: 3 },
      { key: 'b', label: 'b', outcome: 'NO_BID', count: 1 },
    ]);
    expect(totalWinRate(rows)).toEqual({ won: 1, lost: 3, other: 1, decided: 4, winRate: 0.25 });
    expect(totalWinRate([]).winRate).toBeNull();
  });
});

describe('loss reasons per month', () => {
  test.each([
    ['2026-01', '2026-03', ['2026-01', '2026-02', '2026-03']],
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-05', '2026-05', ['2026-05']],
    ['2026-06', '2026-05', []],
  ])('monthRange %s..%s', (from, to, want) => {
    expect(monthRange(from, to)).toEqual(want);
  });

  test('matrix fills empty months with zeros, orders reasons by total, drops out-of-range rows', () => {
    const m = lossReasonMatrix(
      [
        { month: '2026-01', reasonId: 'price', label: '가격', count: 2 },
        { month: '2026-03', reasonId: 'price', label: '가격', count: 1 },
        { month: '2026-03', reasonId: 'fit', label: '솔루션 적합성', count: 4 },
        { month: '2025-12', reasonId: 'fit', label: '솔루션 적합성', count: 7 },
      ],
      '2026-01',
      '2026-03',
    );
    expect(m.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(m.reasons).toEqual([
      { id: 'fit', label: '솔루션 적합성', total: 4, counts: [0, 0, 4] },
      { id: 'price', label: '가격', total: 3, counts: [2, 0, 1] },
    ]);
    expect(m.monthTotals).toEqual([2, 0, 5]);
  });
});

describe('month arithmetic', () => {
  test.each([
    ['2026-11', -11, '2025-12'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-05', 0, '2026-05'],
    ['2026-03', -27, '2023-12'],
  ])('shiftMonth(%s, %i) = %s', (m, delta, want) => {
    expect(shiftMonth(m, delta)).toBe(want);
  });
});
