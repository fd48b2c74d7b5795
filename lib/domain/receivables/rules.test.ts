import { describe, expect, test } from 'vitest';
import {
  agingBucketOf,
  checkCollection,
  checkSchedule,
  compareAmounts,
  milestoneState,
  outstandingOf,
  summarize,
  type MilestoneFacts,
} from './rules';

const TODAY = '2026-11-27';
const m = (amount: string, dueDate: string, collectedAmount: string | null = null): MilestoneFacts => ({
  amount,
  dueDate,
  collectedAmount,
});

describe('milestoneState', () => {
  const state = (status: string, daysOverdue: number, outstanding: string, partial = false) => ({
    status,
    daysOverdue,
    outstanding,
    partial,
  });
  test.each([
    ['fully collected', m('300000000', '2026-10-01', '300000000'), state('COLLECTED', 0, '0')],
    ['collected before it was due', m('300000000', '2027-03-01', '300000000'), state('COLLECTED', 0, '0')],
    ['due yesterday, nothing collected → overdue 1 day', m('100', '2026-11-26'), state('OVERDUE', 1, '100')],
    ['due today → due, not overdue', m('100', TODAY), state('DUE', 0, '100')],
    ['due in 29 days → due', m('100', '2026-12-26'), state('DUE', 0, '100')],
    ['due in 30 days → upcoming', m('100', '2026-12-27'), state('UPCOMING', 0, '100')],
    ['partly collected, not yet due', m('1000.50', '2027-02-01', '400.25'), state('PARTIAL', 0, '600.25', true)],
    ['partly collected and past due → overdue for the rest', m('1000', '2026-08-29', '400'), state('OVERDUE', 90, '600', true)],
    ['collected amount 0 counts as nothing collected', m('100', '2026-11-20', '0'), state('OVERDUE', 7, '100')],
  ] as const)('%s', (_name, facts, want) => expect(milestoneState(facts, TODAY)).toEqual(want));
});

describe('agingBucketOf', () => {
  test.each([
    [0, null],
    [-5, null],
    [1, '0-30'],
    [30, '0-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ] as const)('%i days overdue → %s', (days, bucket) => expect(agingBucketOf(days)).toBe(bucket));
});

describe('compareAmounts / outstandingOf are exact', () => {
  test.each([
    ['0.1', '0.1', 0],
    ['100000000000.01', '100000000000', 1],
    ['99.99', '100', -1],
    ['-1', '0', -1],
  ] as const)('%s vs %s', (a, b, want) => expect(compareAmounts(a, b)).toBe(want));
  test('outstanding never goes below zero and keeps cents', () => {
    expect(outstandingOf({ amount: '0.30', collectedAmount: '0.10' })).toBe('0.2');
    expect(outstandingOf({ amount: '100', collectedAmount: null })).toBe('100');
    expect(outstandingOf({ amount: '100', collectedAmount: '150' })).toBe('0');
  });
});

describe('summarize: KPI strip and aging buckets', () => {
  test('sums outstanding and overdue exactly, bucketed by days overdue', () => {
    const s = summarize(
      [
        m('0.10', '2026-11-26'), // 1 day → 0-30
        m('0.20', '2026-10-28'), // 30 days → 0-30
        m('300000000', '2026-10-27', '100000000'), // 31 days, partial → 31-60 (200,000,000)
        m('50000000', '2026-08-01'), // 118 days → 90+
        m('70000000', '2027-01-10'), // upcoming: outstanding, not overdue
        m('90000000', '2026-01-10', '90000000'), // collected: neither
      ],
      TODAY,
    );
    expect(s).toEqual({
      totalOutstanding: '320000000.3',
      outstandingCount: 5,
      overdueAmount: '250000000.3',
      overdueCount: 4,
      buckets: [
        { bucket: '0-30', amount: '0.3', count: 2 },
        { bucket: '31-60', amount: '200000000', count: 1 },
        { bucket: '61-90', amount: '0', count: 0 },
        { bucket: '90+', amount: '50000000', count: 1 },
      ],
    });
  });
  test('nothing outstanding → zeros', () => {
    expect(summarize([], TODAY)).toMatchObject({ totalOutstanding: '0', overdueAmount: '0', overdueCount: 0, outstandingCount: 0 });
  });
});

describe('checkSchedule: the schedule may not exceed the contract amount', () => {
  test.each([
    [
      'equal to the contract',
      '1000000000',
      ['300000000', '400000000', '300000000'],
      { ok: true, value: { scheduled: '1000000000', unscheduled: '0' } },
    ],
    [
      'below: allowed, the shortfall reported',
      '1000000000',
      ['300000000'],
      { ok: true, value: { scheduled: '300000000', unscheduled: '700000000' } },
    ],
    [
      'over by one won: refused',
      '1000000000',
      ['300000000', '700000001'],
      { ok: false, error: { code: 'EXCEEDS_CONTRACT', scheduled: '1000000001', contract: '1000000000', over: '1' } },
    ],
    ['cents add up exactly', '0.3', ['0.1', '0.2'], { ok: true, value: { scheduled: '0.3', unscheduled: '0' } }],
    ['no contract amount: not capped', null, ['5'], { ok: true, value: { scheduled: '5', unscheduled: null } }],
    ['a zero amount is refused', '100', ['0'], { ok: false, error: { code: 'AMOUNT_NOT_POSITIVE' } }],
  ] as const)('%s', (_n, contract, amounts, want) => expect(checkSchedule(contract, amounts)).toEqual(want));
});

describe('checkCollection: collected ≤ amount, not in the future', () => {
  test.each([
    ['full', '100', '100', TODAY, { ok: true, value: { fullyCollected: true } }],
    ['partial', '100', '40', TODAY, { ok: true, value: { fullyCollected: false } }],
    ['undo (0)', '100', '0', TODAY, { ok: true, value: { fullyCollected: false } }],
    [
      'more than the amount',
      '100',
      '100.01',
      TODAY,
      { ok: false, error: { code: 'COLLECTED_EXCEEDS_AMOUNT', amount: '100', collected: '100.01' } },
    ],
    ['dated tomorrow', '100', '100', '2026-11-28', { ok: false, error: { code: 'COLLECTED_IN_FUTURE' } }],
  ] as const)('%s', (_n, amount, collected, on, want) => expect(checkCollection(amount, collected, on, TODAY)).toEqual(want));
});
