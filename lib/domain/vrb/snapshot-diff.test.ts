import { describe, expect, test } from 'vitest';
import type { EconomicsInput } from './economics';
import { snapshotDiff } from './snapshot-diff';

const base: EconomicsInput = {
  contractPrice: '420000000',
  hardwareCost: '348600000',
  softwareLicenseCost: '0',
  labor: [],
  subcontractCost: '0',
  otherCost: '0',
  contingency: '0',
};

describe('snapshotDiff (frozen snapshot → working copy, display lines)', () => {
  test.each<[string, Partial<EconomicsInput> | null, 'ko' | 'en', { field: string; from: string; to: string }[]]>([
    [
      'contract 4.2억 → 3.9억, margin 17% → 9%',
      { contractPrice: '390000000', hardwareCost: '354900000' },
      'ko',
      [
        { field: 'contractPrice', from: '4.2억원', to: '3.9억원' },
        { field: 'totalCost', from: '3.49억원', to: '3.55억원' },
        { field: 'grossProfit', from: '71백만원', to: '35백만원' },
        { field: 'marginPct', from: '17%', to: '9%' },
        { field: 'roiPct', from: '20.5%', to: '9.9%' },
      ],
    ],
    [
      'English amounts',
      { contractPrice: '390000000', hardwareCost: '348600000' },
      'en',
      expect.arrayContaining([{ field: 'contractPrice', from: '₩420M', to: '₩390M' }]) as never,
    ],
    ['nothing moved', {}, 'ko', []],
    ['no working copy', null, 'ko', []],
    ['working copy invalid (negative cost) → no comparison', { hardwareCost: '-1' }, 'ko', []],
    [
      'payment schedule changed',
      {
        paymentSchedule: [
          { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 0 },
          { kind: 'BALANCE', percent: 70, dueOffsetDays: 60 },
        ],
      },
      'ko',
      [{ field: 'paymentSchedule', from: '–', to: '30/70' }],
    ],
  ])('%s', (_name, working, locale, expected) => {
    expect(snapshotDiff(base, working === null ? null : { ...base, ...working }, locale)).toEqual(expected);
  });

  test('no snapshot → no comparison', () => {
    expect(snapshotDiff(null, base, 'ko')).toEqual([]);
  });
});
