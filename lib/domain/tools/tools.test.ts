import { describe, expect, it } from 'vitest';
import {
  checkBid,
  checkConsortium,
  checkStepDates,
  cleanCompetitorName,
  competitorNameKey,
  decideSetKeyAccount,
  isBidDeadlineNear,
  isValidRate,
  keyAccountOnWin,
  lowestValidBid,
  resultAgainst,
  rollUpRecord,
} from '.';
import { fromKoreaLocalInput, koreaLocalInput } from '../time/korea';

describe('lowestValidBid (예정가격 × 낙찰하한율, rounded up to the won)', () => {
  it.each([
    ['100000000', '87.745', '87745000'],
    ['123456789', '87.745', '108327160'], // 108327159.4… → up
    ['1000', '80', '800'],
    ['999.99', '88', '880'], // 879.9912 → 880
    ['100', '100', '100'],
    ['100', '0', '0'],
    ['0', '87.745', '0'],
    [null, '87.745', null],
    ['100000000', null, null],
    ['100000000', '100.001', null], // over 100 %
    ['12,000', '80', null], // not a plain amount
  ])('%s × %s%% → %s', (price, rate, expected) => {
    expect(lowestValidBid(price, rate)).toBe(expected);
  });
});

describe('isValidRate (낙찰하한율, 0–100 %)', () => {
  it.each([
    ['0', true],
    ['87.745', true],
    ['100', true],
    ['100.000', true],
    ['100.001', false],
    ['-1', false],
    ['87.7451', false],
    ['abc', false],
  ])('%s → %s', (rate, expected) => expect(isValidRate(rate)).toBe(expected));
});

describe('checkBid (a warning, not a refusal)', () => {
  // 예정가격 1억 원 at a 낙찰하한율 of 87.745 %: the lowest valid bid is 87,745,000 원
  const bid = (bidAmount: string | null) => ({ plannedPrice: '100000000', lowerBidLimitRate: '87.745', bidAmount });
  it.each([
    [{ plannedPrice: null, lowerBidLimitRate: '87.745', bidAmount: '1' }, { kind: 'unknown' }],
    [bid(null), { kind: 'noBid', lowestValidBid: '87745000' }],
    [bid('87745000'), { kind: 'ok', lowestValidBid: '87745000', marginWon: '0' }],
    [bid('88000000.5'), { kind: 'ok', lowestValidBid: '87745000', marginWon: '255000.50' }],
    [bid('87744999'), { kind: 'underLimit', lowestValidBid: '87745000', shortfallWon: '1' }],
    [bid('80000000'), { kind: 'underLimit', lowestValidBid: '87745000', shortfallWon: '7745000' }],
  ])('%o → %o', (input, expected) => expect(checkBid(input)).toEqual(expected));
});

describe('checkConsortium (shares ≤ 100 %)', () => {
  const p = (name: string, sharePct: string | null) => ({ name, role: null, sharePct });
  it.each([
    [[], { ok: true, value: { totalPct: '0', ourSharePct: '100' } }],
    [[p('A', '30'), p('B', '20.5')], { ok: true, value: { totalPct: '50.5', ourSharePct: '49.5' } }],
    [[p('A', '60'), p('B', '40')], { ok: true, value: { totalPct: '100', ourSharePct: '0' } }],
    [[p('A', '60'), p('B', null)], { ok: true, value: { totalPct: '60', ourSharePct: '40' } }],
    [[p('A', '60'), p('B', '40.01')], { ok: false, error: { code: 'SHARES_OVER_100', totalPct: '100.01' } }],
    [[p('A', '101')], { ok: false, error: { code: 'BAD_SHARE', index: 0 } }],
    [[p('A', '10'), p('B', '1.234')], { ok: false, error: { code: 'BAD_SHARE', index: 1 } }],
    [[p('한국 정보', '10'), p('한국정보', '10')], { ok: false, error: { code: 'DUPLICATE_PARTNER', index: 1 } }],
  ])('%o → %o', (partners, expected) => expect(checkConsortium(partners)).toEqual(expected));
});

describe('checkStepDates (procurement steps in order)', () => {
  it.each([
    [{}, { ok: true, value: [] }],
    [
      { RFI: '2026-01-05', BID: '2026-02-01', CONTRACT: '2026-03-01' },
      {
        ok: true,
        value: [
          { step: 'RFI', date: '2026-01-05' },
          { step: 'BID', date: '2026-02-01' },
          { step: 'CONTRACT', date: '2026-03-01' },
        ],
      },
    ],
    [
      { BID: '2026-02-01', PREFERRED_BIDDER: '2026-02-01' },
      { ok: true, value: expect.any(Array) },
    ],
    [
      { RFI: '2026-03-01', BID: '2026-02-01' },
      { ok: false, error: { code: 'STEP_OUT_OF_ORDER', step: 'BID', before: 'RFI' } },
    ],
    [
      { RFI: '2026-01-01', BID: null, DELIVERY: '2025-12-31' },
      { ok: false, error: { code: 'STEP_OUT_OF_ORDER', step: 'DELIVERY', before: 'RFI' } },
    ],
  ])('%o → %o', (dates, expected) => expect(checkStepDates(dates)).toEqual(expected));
});

describe('isBidDeadlineNear (within 7 days, not passed)', () => {
  const now = new Date('2026-12-05T06:00:00Z');
  it.each([
    [null, false],
    ['2026-12-05T05:59:59Z', false], // passed
    ['2026-12-05T06:00:00Z', true],
    ['2026-12-12T06:00:00Z', true], // exactly 7 days
    ['2026-12-12T06:00:01Z', false],
    ['2026-12-08T09:00:00Z', true],
  ])('%s → %s', (d, expected) => expect(isBidDeadlineNear(d ? new Date(d) : null, now)).toBe(expected));
});

describe('competitor names match regardless of spaces, case and width', () => {
  it.each([
    ['삼성SDS', '삼성sds'],
    ['삼성 SDS', '삼성sds'],
    ['  LG  CNS ', 'lgcns'],
    ['ＬＧ ＣＮＳ', 'lgcns'], // full width
    ['Accenture\tKorea', 'accenturekorea'],
  ])('%s → %s', (name, key) => expect(competitorNameKey(name)).toBe(key));
  it('keeps the typed name, trimmed and with single spaces', () => {
    expect(cleanCompetitorName('  LG   CNS ')).toBe('LG CNS');
  });
});

describe('key accounts', () => {
  it.each([
    [false, 0, true],
    [false, 1, false], // not its first win (set by hand before and then cleared: stays cleared)
    [true, 0, false],
  ])('isKeyAccount=%s, wins before=%d → mark %s', (isKey, wins, expected) =>
    expect(keyAccountOnWin({ isKeyAccount: isKey }, wins)).toBe(expected),
  );
  it.each([
    [false, { isKeyAccount: true, reason: '  전략 고객 ' }, { ok: true, value: { isKeyAccount: true, reason: '전략 고객' } }],
    [true, { isKeyAccount: false, reason: '거래 종료' }, { ok: true, value: { isKeyAccount: false, reason: '거래 종료' } }],
    [false, { isKeyAccount: true, reason: ' ' }, { ok: false, error: { code: 'REASON_REQUIRED' } }],
    [false, { isKeyAccount: true, reason: null }, { ok: false, error: { code: 'REASON_REQUIRED' } }],
    [true, { isKeyAccount: true, reason: 'x' }, { ok: false, error: { code: 'UNCHANGED' } }],
  ])('%s + %o → %o', (isKey, input, expected) => expect(decideSetKeyAccount({ isKeyAccount: isKey }, input)).toEqual(expected));
});

describe('competitor record', () => {
  const C = 'c1';
  it.each([
    [{ outcome: 'WON', lossType: null, lostToCompetitorId: null }, 'WON_AGAINST'],
    [{ outcome: 'LOST', lossType: 'COMPETITOR', lostToCompetitorId: C }, 'LOST_TO'],
    [{ outcome: 'LOST', lossType: 'COMPETITOR', lostToCompetitorId: 'c2' }, 'LOST_OTHER'],
    [{ outcome: 'LOST', lossType: null, lostToCompetitorId: null }, 'LOST_OTHER'],
    [{ outcome: 'LOST', lossType: 'NO_DECISION', lostToCompetitorId: null }, 'NO_DECISION'],
    [{ outcome: 'DROPPED', lossType: null, lostToCompetitorId: null }, 'NO_DECISION'],
    [{ outcome: 'NO_BID', lossType: null, lostToCompetitorId: null }, 'NO_DECISION'],
    [{ outcome: 'OPEN', lossType: null, lostToCompetitorId: null }, null],
  ])('%o → %s', (deal, expected) => expect(resultAgainst(deal, C)).toBe(expected));

  it('rolls grouped rows up into totals, categories and a win rate', () => {
    const r = rollUpRecord([
      { categoryId: 'si', result: 'WON_AGAINST', deals: 3, amount: '300000000' },
      { categoryId: 'si', result: 'LOST_TO', deals: 1, amount: '120000000.50' },
      { categoryId: 'cloud', result: 'LOST_TO', deals: 2, amount: '80000000.50' },
      { categoryId: null, result: 'NO_DECISION', deals: 1, amount: '0' },
    ]);
    expect(r.total.WON_AGAINST).toEqual({ deals: 3, amount: '300000000' });
    expect(r.total.LOST_TO).toEqual({ deals: 3, amount: '200000001' });
    expect(r.total.deals).toBe(7);
    expect(r.total.winRatePct).toBe(50);
    expect(r.byCategory.map((c) => [c.categoryId, c.deals, c.winRatePct])).toEqual([
      ['si', 4, 75],
      ['cloud', 2, 0],
      [null, 1, null],
    ]);
  });
  it('is empty without closed deals', () => {
    expect(rollUpRecord([]).total).toMatchObject({ deals: 0, winRatePct: null });
  });
});

describe('bid deadline input in Korea time', () => {
  it.each([
    ['2026-12-10T10:00', '2026-12-10T01:00:00.000Z'],
    ['2026-12-01T08:30', '2026-11-30T23:30:00.000Z'],
  ])('%s KST → %s', (local, iso) => {
    expect(fromKoreaLocalInput(local)?.toISOString()).toBe(iso);
    expect(koreaLocalInput(new Date(iso))).toBe(local);
  });
  it.each(['', '2026-12-10', '2026-12-10 10:00', 'x'])('%j → null', (v) => expect(fromKoreaLocalInput(v)).toBeNull());
});
