import { describe, expect, test } from 'vitest';
import { formatKrw } from '../format/money';
import {
  computeEconomics,
  defaultRate,
  diffEconomics,
  economicsInputOf,
  formatEokShort,
  formatPctShort,
  type Economics,
  type EconomicsInput,
} from './economics';
import { proposeReceivables } from './receivables-proposal';

const zero: EconomicsInput = {
  contractPrice: '0',
  hardwareCost: '0',
  softwareLicenseCost: '0',
  labor: [],
  subcontractCost: '0',
  otherCost: '0',
  contingency: '0',
};

type Expected = Partial<Omit<Economics, 'payments'>>;

describe('computeEconomics', () => {
  test.each<[string, Partial<EconomicsInput>, Expected]>([
    [
      'every cost line counts',
      {
        contractPrice: '1000000000',
        hardwareCost: '200000000',
        softwareLicenseCost: '100000000',
        labor: [{ grade: '고급', personMonths: '10', monthlyRate: '10000000' }],
        subcontractCost: '150000000',
        otherCost: '50000000',
        contingency: '30000000',
      },
      { laborCost: '100000000.00', totalCost: '630000000.00', grossProfit: '370000000.00', marginPct: 37, roiPct: 58.73 },
    ],
    [
      'labour grades: rows summed, each person-months × monthly rate',
      {
        contractPrice: '500000000',
        labor: [
          { grade: '특급', personMonths: '2', monthlyRate: '13000000' },
          { grade: '고급', personMonths: '6.5', monthlyRate: '10000000' },
          { grade: '중급', personMonths: '12', monthlyRate: '8000000' },
          { grade: '초급', personMonths: '0.25', monthlyRate: '6000000' },
        ],
      },
      { laborCost: '188500000.00', laborPersonMonths: '20.75', totalCost: '188500000.00', grossProfit: '311500000.00', marginPct: 62.3 },
    ],
    [
      'fractional person-months × rate, exact cents (half up)',
      {
        contractPrice: '500000000',
        hardwareCost: '300000000',
        labor: [{ grade: '중급', personMonths: '12.5', monthlyRate: '12345678.90' }],
        contingency: '10000000',
      },
      { laborCost: '154320986.25', totalCost: '464320986.25', grossProfit: '35679013.75', marginPct: 7.136, roiPct: 7.684 },
    ],
    [
      'contingency as % of the other costs',
      { contractPrice: '1000', hardwareCost: '600', otherCost: '200', contingency: '999', contingencyPct: 5 },
      { contingencyAmount: '40.00', totalCost: '840.00', grossProfit: '160.00', marginPct: 16, roiPct: 19.048 },
    ],
    [
      'contingency % rounds half up to the cent',
      { contractPrice: '100', hardwareCost: '0.33', contingencyPct: 50 },
      { contingencyAmount: '0.17', totalCost: '0.50' },
    ],
    [
      'an 8 % margin',
      { contractPrice: '420000000', hardwareCost: '386400000' },
      { grossProfit: '33600000.00', marginPct: 8, roiPct: 8.696 },
    ],
    [
      'a loss: negative profit, margin and ROI',
      { contractPrice: '100', hardwareCost: '150' },
      { totalCost: '150.00', grossProfit: '-50.00', marginPct: -50, roiPct: -33.333 },
    ],
    [
      'ROI with zero cost is null (not infinite)',
      { contractPrice: '10' },
      { totalCost: '0.00', grossProfit: '10.00', marginPct: 100, roiPct: null },
    ],
    ['nothing entered', {}, { totalCost: '0.00', grossProfit: '0.00', marginPct: null, roiPct: null }],
    [
      'numbers accepted as well as strings; 원 cents truncated past 2 digits',
      { contractPrice: 1000, otherCost: 905.5, hardwareCost: '0.009' },
      { totalCost: '905.50', grossProfit: '94.50', marginPct: 9.45, roiPct: 10.436 },
    ],
    [
      'amounts of 10^15 원: exact, no float drift',
      {
        contractPrice: '1000000000000000',
        hardwareCost: '333333333333333.33',
        softwareLicenseCost: '0.01',
        labor: [{ grade: '특급', personMonths: '99999.99', monthlyRate: '9999999999.99' }],
        otherCost: '0.01',
      },
      {
        // 99999.99 × 9,999,999,999.99 = 999,999,899,999,000.0001 → .00
        laborCost: '999999899999000.00',
        totalCost: '1333333233332333.35',
        grossProfit: '-333333233332333.35',
        marginPct: -33.333,
      },
    ],
    [
      '0.1 + 0.2 is 0.30 (a float would say 0.30000000000000004)',
      { contractPrice: '1', hardwareCost: 0.1, otherCost: 0.2 },
      { totalCost: '0.30', grossProfit: '0.70', marginPct: 70 },
    ],
    ['thousands separators are read', { contractPrice: '1,000,000', hardwareCost: '900,000' }, { marginPct: 10 }],
  ])('%s', (_label, input, expected) => {
    const r = computeEconomics({ ...zero, ...input });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  test.each<[string, Partial<EconomicsInput>, { field: string; reason: string }]>([
    ['negative cost', { contractPrice: '10', hardwareCost: '-1' }, { field: 'hardwareCost', reason: 'negative' }],
    ['Korean unit text', { contractPrice: '12억' }, { field: 'contractPrice', reason: 'notADecimal' }],
    [
      'negative person-months',
      { contractPrice: '10', labor: [{ grade: '초급', personMonths: '-1', monthlyRate: '1' }] },
      { field: 'labor.0.personMonths', reason: 'negative' },
    ],
    [
      'NaN rate',
      { contractPrice: '10', labor: [{ grade: '초급', personMonths: '1', monthlyRate: Number.NaN }] },
      { field: 'labor.0.monthlyRate', reason: 'notADecimal' },
    ],
    [
      'a labour row without a grade',
      { labor: [{ grade: ' ', personMonths: '1', monthlyRate: '1' }] },
      { field: 'labor.0.grade', reason: 'gradeRequired' },
    ],
    ['price 0 with costs', { hardwareCost: '10' }, { field: 'contractPrice', reason: 'priceZeroWithCosts' }],
    ['negative contingency %', { contractPrice: '10', contingencyPct: -1 }, { field: 'contingencyPct', reason: 'negative' }],
    ['absurd amount', { contractPrice: '1' + '0'.repeat(25) }, { field: 'contractPrice', reason: 'tooLarge' }],
    [
      'percents not summing to 100',
      {
        contractPrice: '100',
        paymentSchedule: [
          { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 0 },
          { kind: 'BALANCE', percent: 60, dueOffsetDays: 90 },
        ],
      },
      { field: 'paymentSchedule', reason: 'percentSum' },
    ],
    [
      'a term without an offset or a date',
      { contractPrice: '100', paymentSchedule: [{ kind: 'BALANCE', percent: 100 }] },
      { field: 'paymentSchedule.0.dueOffsetDays', reason: 'dueRequired' },
    ],
    [
      'a zero percent term',
      {
        contractPrice: '100',
        paymentSchedule: [
          { kind: 'DOWN_PAYMENT', percent: 0, dueOffsetDays: 0 },
          { kind: 'BALANCE', percent: 100, dueOffsetDays: 9 },
        ],
      },
      { field: 'paymentSchedule.0.percent', reason: 'percentRange' },
    ],
    [
      'two balances',
      {
        contractPrice: '100',
        paymentSchedule: [
          { kind: 'BALANCE', percent: 50, dueOffsetDays: 0 },
          { kind: 'BALANCE', percent: 50, dueOffsetDays: 9 },
        ],
      },
      { field: 'paymentSchedule.1.kind', reason: 'duplicateKind' },
    ],
  ])('refuses %s', (_label, input, error) => {
    expect(computeEconomics({ ...zero, ...input })).toEqual({ ok: false, error });
  });

  test('payment schedule: percent × price, the last term takes the remainder', () => {
    const r = computeEconomics({
      ...zero,
      contractPrice: '100000000.01',
      paymentSchedule: [
        { kind: 'DOWN_PAYMENT', percent: 33.333, dueOffsetDays: 0 },
        { kind: 'INTERIM', percent: 33.333, dueDate: '2027-03-31' },
        { kind: 'BALANCE', percent: 33.334, dueOffsetDays: 180 },
      ],
    });
    expect(r.ok && r.value.payments.map((p) => p.amount)).toEqual(['33333000.00', '33333000.00', '33334000.01']);
    expect(r.ok && r.value.payments[1]!.dueDate).toBe('2027-03-31');
  });

  test('a legacy row (one person-months × rate pair) reads as one labour row', () => {
    const input = economicsInputOf({
      contractPrice: '100',
      hardwareCost: '0',
      softwareLicenseCost: '0',
      laborPersonMonths: '2.00',
      laborRate: '10.00',
      laborLines: [],
      subcontractCost: '0',
      otherCost: '0',
      contingency: '0',
      contingencyPct: null,
      paymentSchedule: [],
    });
    const r = computeEconomics(input);
    expect(r.ok && r.value.laborCost).toBe('20.00');
  });

  test('a grade’s default monthly rate comes from the settings list', () => {
    const grades = [
      { grade: '특급', monthlyRate: '13000000' },
      { grade: '고급', monthlyRate: '10000000' },
    ];
    expect(defaultRate(grades, '고급')).toBe('10000000');
    expect(defaultRate(grades, '수석')).toBeNull();
  });
});

describe('money display: 원 and 억원 rounding', () => {
  test.each<[string, string]>([
    ['420000000', '4.2억'],
    ['394999999', '3.9억'],
    ['395000000', '4억'],
    ['1000000000000000', '10000000억'],
    ['35000000', '3,500만'],
    ['9999.5', '1만'],
    ['999.49', '999원'],
    ['-420000000', '-4.2억'],
  ])('%s 원 → %s', (v, out) => {
    expect(formatEokShort(v)).toBe(out);
  });
  test.each<[string, string]>([
    ['1234567890', '12.35억원'],
    ['350000000000', '3,500억원'],
    ['5000', '5,000원'],
  ])('formatKrw %s → %s', (v, out) => {
    expect(formatKrw(v, 'ko')).toBe(out);
  });
  test.each<[number | null, string]>([
    [17, '17%'],
    [8.333, '8.3%'],
    [null, '–'],
  ])('pct %s → %s', (p, out) => expect(formatPctShort(p)).toBe(out));
});

const econ = (over: Partial<EconomicsInput>) => {
  const r = computeEconomics({ ...zero, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('diffEconomics (frozen snapshot → working copy)', () => {
  const frozen = econ({ contractPrice: '420000000', hardwareCost: '348600000' }); // 17 %
  test('price and margin moved', () => {
    const working = econ({ contractPrice: '390000000', hardwareCost: '354900000' }); // 9 %
    expect(diffEconomics(frozen, working)).toEqual([
      { field: 'contractPrice', kind: 'amount', from: '420000000.00', to: '390000000.00' },
      { field: 'totalCost', kind: 'amount', from: '348600000.00', to: '354900000.00' },
      { field: 'grossProfit', kind: 'amount', from: '71400000.00', to: '35100000.00' },
      { field: 'marginPct', kind: 'pct', from: 17, to: 9 },
      { field: 'roiPct', kind: 'pct', from: 20.482, to: 9.89 },
    ]);
  });
  test('nothing moved → []', () => {
    expect(diffEconomics(frozen, econ({ contractPrice: '420000000.00', hardwareCost: '348600000' }))).toEqual([]);
  });
  test('no snapshot or no working copy → no comparison', () => {
    expect(diffEconomics(null, frozen)).toEqual([]);
    expect(diffEconomics(frozen, null)).toEqual([]);
  });
  test('the payment schedule changed', () => {
    const a = econ({ contractPrice: '100', paymentSchedule: [{ kind: 'BALANCE', percent: 100, dueOffsetDays: 30 }] });
    const b = econ({
      contractPrice: '100',
      paymentSchedule: [
        { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 0 },
        { kind: 'BALANCE', percent: 70, dueOffsetDays: 30 },
      ],
    });
    expect(diffEconomics(a, b)).toEqual([{ field: 'paymentSchedule', kind: 'schedule', from: '100', to: '30/70' }]);
  });
});

describe('proposeReceivables (won deal ← snapshot terms)', () => {
  const won = new Date('2027-01-15T09:00:00Z');
  test('percent × contract amount, due dates from offsets or fixed dates', () => {
    expect(
      proposeReceivables(
        [
          { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 14 },
          { kind: 'INTERIM', percent: 40, dueDate: '2027-06-30' },
          { kind: 'BALANCE', percent: 30, dueOffsetDays: 365 },
        ],
        '390000000',
        won,
      ),
    ).toEqual([
      { kind: 'DOWN_PAYMENT', sequence: 1, percent: 30, amount: '117000000.00', dueDate: '2027-01-29' },
      { kind: 'INTERIM', sequence: 1, percent: 40, amount: '156000000.00', dueDate: '2027-06-30' },
      { kind: 'BALANCE', sequence: 1, percent: 30, amount: '117000000.00', dueDate: '2028-01-15' },
    ]);
  });
  test('the last term takes the remainder; two interims are numbered', () => {
    const p = proposeReceivables(
      [
        { kind: 'INTERIM', percent: 33.333, dueOffsetDays: 0 },
        { kind: 'INTERIM', percent: 33.333, dueOffsetDays: 1 },
        { kind: 'BALANCE', percent: 33.334, dueOffsetDays: 2 },
      ],
      '100',
      won,
    );
    expect(p.map((m) => [m.sequence, m.amount])).toEqual([
      [1, '33.33'],
      [2, '33.33'],
      [1, '33.34'],
    ]);
  });
  test('no schedule or no contract amount → nothing proposed', () => {
    expect(proposeReceivables([], '100', won)).toEqual([]);
    expect(proposeReceivables([{ kind: 'BALANCE', percent: 100, dueOffsetDays: 0 }], null, won)).toEqual([]);
  });
});
