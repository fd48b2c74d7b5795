import { describe, expect, test } from 'vitest';
import {
  computeEconomics,
  decisionHistory,
  isOverdue,
  opinionStatus,
  priceGuard,
  scoreShare,
  type EconomicsInput,
  type VrbDomain,
} from './index';

const zero: EconomicsInput = {
  contractPrice: '0',
  hardwareCost: '0',
  softwareLicenseCost: '0',
  laborPersonMonths: '0',
  laborRate: '0',
  subcontractCost: '0',
  otherCost: '0',
  contingency: '0',
};

describe('computeEconomics', () => {
  test.each<
    [
      string,
      Partial<EconomicsInput>,
      { laborCost: string; totalCost: string; grossProfit: string; marginPct: number | null; roiPct: number | null },
    ]
  >([
    [
      'every cost line counts',
      {
        contractPrice: '1000000000',
        hardwareCost: '200000000',
        softwareLicenseCost: '100000000',
        laborPersonMonths: '10',
        laborRate: '10000000',
        subcontractCost: '150000000',
        otherCost: '50000000',
        contingency: '30000000',
      },
      { laborCost: '100000000.00', totalCost: '630000000.00', grossProfit: '370000000.00', marginPct: 37, roiPct: 58.73 },
    ],
    [
      'fractional person-months × rate, exact cents',
      {
        contractPrice: '500000000',
        hardwareCost: '300000000',
        laborPersonMonths: '12.5',
        laborRate: '12345678.90',
        contingency: '10000000',
      },
      { laborCost: '154320986.25', totalCost: '464320986.25', grossProfit: '35679013.75', marginPct: 7.136, roiPct: 7.684 },
    ],
    [
      'a loss: negative profit, margin and ROI',
      { contractPrice: '100', hardwareCost: '150' },
      { laborCost: '0.00', totalCost: '150.00', grossProfit: '-50.00', marginPct: -50, roiPct: -33.333 },
    ],
    [
      'no price: no margin',
      { hardwareCost: '10' },
      { laborCost: '0.00', totalCost: '10.00', grossProfit: '-10.00', marginPct: null, roiPct: -100 },
    ],
    [
      'no cost: no ROI',
      { contractPrice: '10' },
      { laborCost: '0.00', totalCost: '0.00', grossProfit: '10.00', marginPct: 100, roiPct: null },
    ],
    ['nothing entered', {}, { laborCost: '0.00', totalCost: '0.00', grossProfit: '0.00', marginPct: null, roiPct: null }],
    [
      'numbers accepted as well as strings',
      { contractPrice: 1000, otherCost: 905.5 },
      { laborCost: '0.00', totalCost: '905.50', grossProfit: '94.50', marginPct: 9.45, roiPct: 10.436 },
    ],
  ])('%s', (_label, input, expected) => {
    const r = computeEconomics({ ...zero, ...input });
    expect(r).toEqual({ ok: true, value: expected });
  });

  test.each<[Partial<EconomicsInput>, { field: keyof EconomicsInput; reason: string }]>([
    [{ hardwareCost: '-1' }, { field: 'hardwareCost', reason: 'negative' }],
    [{ contractPrice: '12억' }, { field: 'contractPrice', reason: 'notADecimal' }],
    [{ laborRate: Number.NaN }, { field: 'laborRate', reason: 'notADecimal' }],
  ])('rejects %o', (input, error) => {
    expect(computeEconomics({ ...zero, ...input })).toEqual({ ok: false, error });
  });
});

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
