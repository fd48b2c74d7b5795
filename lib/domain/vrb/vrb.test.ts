import { describe, expect, test } from 'vitest';
import { decisionHistory, isOverdue, opinionStatus, priceGuard, scoreShare, type VrbDomain } from './index';

describe('priceGuard (low-price guard)', () => {
  test.each<[number | string | null, number, string]>([
    [9.999, 10, 'belowFloor'],
    [10, 10, 'ok'],
    ['37.000', 10, 'ok'],
    ['-5.5', 10, 'belowFloor'],
    [12, 15, 'belowFloor'],
    [0, 0, 'ok'],
    [null, 10, 'noPrice'],
  ])('margin %s, floor %s → %s', (m, floor, expected) => {
    expect(priceGuard(m, floor)).toBe(expected);
  });
});

describe('opinionStatus', () => {
  test.each<[string, VrbDomain[], VrbDomain[], { given: VrbDomain[]; missing: VrbDomain[]; extra: VrbDomain[]; complete: boolean }]>([
    ['none given', ['FINANCE', 'LEGAL'], [], { given: [], missing: ['FINANCE', 'LEGAL'], extra: [], complete: false }],
    [
      'some given',
      ['TECHNOLOGY', 'FINANCE', 'PROCUREMENT'],
      ['FINANCE'],
      { given: ['FINANCE'], missing: ['PROCUREMENT', 'TECHNOLOGY'], extra: [], complete: false },
    ],
    ['all given', ['FINANCE', 'LEGAL'], ['LEGAL', 'FINANCE'], { given: ['FINANCE', 'LEGAL'], missing: [], extra: [], complete: true }],
    ['an unrequired domain does not count', ['FINANCE'], ['LEGAL'], { given: [], missing: ['FINANCE'], extra: ['LEGAL'], complete: false }],
    ['a stage with no required domains is complete', [], [], { given: [], missing: [], extra: [], complete: true }],
  ])('%s', (_l, required, given, expected) => {
    expect(opinionStatus(required, given)).toMatchObject(expected);
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-11-27T05:00:00Z');
  test.each<[string, 'SCHEDULED' | 'DECIDED' | 'CANCELLED', string, boolean]>([
    ['scheduled in the past', 'SCHEDULED', '2026-11-26T09:00:00Z', true],
    ['scheduled later today', 'SCHEDULED', '2026-11-27T09:00:00Z', false],
    ['decided in the past', 'DECIDED', '2026-11-20T09:00:00Z', false],
    ['cancelled in the past', 'CANCELLED', '2026-11-20T09:00:00Z', false],
  ])('%s', (_l, status, at, expected) => {
    expect(isOverdue({ status, scheduledAt: new Date(at) }, now)).toBe(expected);
  });
});

describe('decisionHistory', () => {
  test('newest first; the newest is current', () => {
    const a = { id: 'a', decidedAt: new Date('2026-01-01'), decision: 'HOLD' };
    const b = { id: 'b', decidedAt: new Date('2026-02-01'), decision: 'PASS' };
    expect(decisionHistory([a, b])).toEqual({ history: [b, a], current: b });
    expect(decisionHistory([])).toEqual({ history: [], current: null });
  });
});

describe('scoreShare', () => {
  test.each([
    [1, 0.2],
    [3, 0.6],
    [5, 1],
    [7, 1],
    [-1, 0],
    [Number.NaN, 0],
  ])('%s → %s', (score, share) => expect(scoreShare(score)).toBe(share));
});
