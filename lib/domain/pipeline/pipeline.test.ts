import { describe, expect, test } from 'vitest';
import { parseAmount, parseAmountUnit } from './amount';
import { countryCode } from './country';
import { parseSheetDate } from './date';
import { autoMapPipeline, checkPipelineMapping, unitOfHeader } from './headers';
import { normalizePipelineRow, type PipelineRefs } from './row';
import { parseTierLabel } from './tier-label';

describe('parseAmount: the declared unit, exact', () => {
  test.each([
    ['12.5', 'EOK', '1250000000'],
    ['12.5억', 'EOK', '1250000000'],
    ['3억원', 'EOK', '300000000'],
    ['0.00000001', 'EOK', '1'],
    ['1,250', 'MILLION', '1250000000'],
    ['1,250 백만원', 'MILLION', '1250000000'],
    ['350백만', 'MILLION', '350000000'],
    ['1,000,000원', 'WON', '1000000'],
    ['₩50,000,000', 'WON', '50000000'],
    ['1000.5', 'WON', '1000.5'],
    ['1000.25', 'WON', '1000.25'],
    ['', 'EOK', null],
    ['-', 'WON', null],
  ] as const)('%s in %s → %s', (raw, unit, want) => {
    expect(parseAmount(raw, unit)).toEqual({ ok: true, value: want });
  });
  test.each([
    ['3억', 'MILLION', 'amountUnitMismatch'],
    ['1,250백만원', 'EOK', 'amountUnitMismatch'],
    ['500만원', 'WON', 'amountUnitMismatch'],
    ['1000 USD', 'WON', 'amountUnitMismatch'],
    ['50원', 'EOK', 'amountUnitMismatch'],
    ['abc', 'WON', 'badAmount'],
    ['1,2,3', 'WON', 'badAmount'],
    ['-5', 'WON', 'negativeAmount'],
    ['0.001', 'WON', 'amountPrecision'],
    ['999999999999999999999', 'WON', 'amountTooLarge'],
  ] as const)('%s in %s → %s', (raw, unit, reason) => {
    expect(parseAmount(raw, unit)).toEqual({ ok: false, error: reason });
  });
  test.each([
    ['억원', 'EOK'],
    ['백만원', 'MILLION'],
    ['원', 'WON'],
    ['KRW', 'WON'],
    ['EOK', 'EOK'],
    ['만원', null],
  ] as const)('unit %s → %s', (raw, want) => expect(parseAmountUnit(raw)).toBe(want));
});

describe('parseTierLabel: every spelling the glossary allows', () => {
  test.each([
    ['4', 4, 'OPEN'],
    ['Tier 3', 3, 'OPEN'],
    ['tier2', 2, 'OPEN'],
    ['T1', 1, 'OPEN'],
    ['티어 4', 4, 'OPEN'],
    ['티어3', 3, 'OPEN'],
    ['2티어', 2, 'OPEN'],
    ['1단계', 1, 'OPEN'],
    ['ＴＩＥＲ　２', 2, 'OPEN'],
    ['초기 접촉', 4, 'OPEN'],
    ['사업기회 개발', 3, 'OPEN'],
    ['사업기회 평가', 2, 'OPEN'],
    ['제안 및 계약', 1, 'OPEN'],
    ['Proposal & contract', 1, 'OPEN'],
    ['수주', 0, 'WON'],
    ['Won', 0, 'WON'],
    ['WON', 0, 'WON'],
    ['Tier 0 (수주)', 0, 'WON'],
    ['실주', 0, 'LOST'],
    ['Lost', 0, 'LOST'],
    ['입찰 포기', 0, 'NO_BID'],
    ['입찰포기', 0, 'NO_BID'],
    ['No bid', 0, 'NO_BID'],
    ['NO_BID', 0, 'NO_BID'],
    ['Drop', 0, 'DROPPED'],
    ['Dropped', 0, 'DROPPED'],
    ['드롭', 0, 'DROPPED'],
  ] as const)('%s → Tier %i %s', (raw, tier, outcome) => {
    expect(parseTierLabel(raw)).toEqual({ ok: true, value: { tier, outcome } });
  });
  test.each([
    ['0', 'tierNeedsOutcome'],
    ['Tier 0', 'tierNeedsOutcome'],
    ['종료', 'tierNeedsOutcome'],
    ['5', 'badTier'],
    ['진행', 'badTier'],
    ['hot', 'badTier'],
  ])('%s → %s', (raw, reason) => expect(parseTierLabel(raw)).toEqual({ ok: false, error: reason }));
  test('blank → null', () => expect(parseTierLabel('  ')).toEqual({ ok: true, value: null }));
});

describe('parseSheetDate and countryCode', () => {
  test.each([
    ['2026-03-31', '2026-03-31'],
    ['2026.3.31', '2026-03-31'],
    ['2026. 3. 31.', '2026-03-31'],
    ['2026/03/31', '2026-03-31'],
    ['20260331', '2026-03-31'],
    ['2026년 3월 31일', '2026-03-31'],
    ['46112', '2026-03-31'],
    ['', null],
  ])('%s → %s', (raw, want) => expect(parseSheetDate(raw)).toEqual({ ok: true, value: want }));
  test.each(['2026-02-30', '31/03/2026', 'soon', '123'])('%s → badDate', (raw) =>
    expect(parseSheetDate(raw)).toEqual({ ok: false, error: 'badDate' }),
  );
  test.each([
    ['vn', 'VN'],
    ['베트남', 'VN'],
    ['United States', 'US'],
    ['대한민국', 'KR'],
    ['Atlantis', null],
  ])('%s → %s', (raw, want) => expect(countryCode(raw)).toBe(want));
});

describe('header mapping', () => {
  test('Korean headers map, the unit comes from the amount header', () => {
    const { mapping, problems } = autoMapPipeline([
      '사업명',
      '고객사',
      '사업자등록번호',
      '담당자',
      '티어',
      '금액(억원)',
      '예상 종료일',
      '국내/해외',
      '국가/지역',
      '외부 키',
    ]);
    expect(mapping.columns).toMatchObject({
      name: 0,
      accountName: 1,
      businessRegistrationNo: 2,
      owner: 3,
      tier: 4,
      amount: 5,
      expectedCloseDate: 6,
      regionScope: 7,
      location: 8,
      externalKey: 9,
    });
    expect(mapping.amountUnit).toBe('EOK');
    expect(problems).toEqual([]);
  });
  test('an amount column without a declared unit, a missing required column', () => {
    const { problems } = autoMapPipeline(['Opportunity', 'Account', 'Amount']);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'missingColumn', column: 'owner' },
        { code: 'missingColumn', column: 'tier' },
        { code: 'amountUnitMissing' },
      ]),
    );
    expect(checkPipelineMapping({ columns: { name: 0, accountName: 1, owner: 2, tier: 3 }, amountUnit: null }, 4)).toEqual([]);
  });
  test.each([
    ['금액(백만원)', 'MILLION'],
    ['Amount (KRW)', 'WON'],
    ['금액', null],
  ] as const)('unit of %s → %s', (h, u) => expect(unitOfHeader(h)).toBe(u));
});

describe('normalizePipelineRow: row rules', () => {
  const refs: PipelineRefs = {
    owner: (v) =>
      ({ 'rep1@x.kr': 'u1', 김영업: 'u1', 이중복: 'ambiguous' })[v.toLowerCase()] ??
      ({ 김영업: 'u1', 이중복: 'ambiguous' } as Record<string, string>)[v] ??
      null,
    category: (v) => (v === 'SI' || v === '시스템 구축' ? 'c1' : null),
    salesRegion: (v) => (v === '수도권' ? { id: 'r1', scope: 'DOMESTIC' } : null),
    tierRules: { requireVrbBidApprovalForTier1: true },
  };
  const mapping = {
    columns: {
      name: 0,
      accountName: 1,
      owner: 2,
      tier: 3,
      amount: 4,
      expectedCloseDate: 5,
      category: 6,
      regionScope: 7,
      location: 8,
      tierEnteredAt: 9,
      businessRegistrationNo: 10,
    },
    amountUnit: 'EOK' as const,
  };
  const row = (over: Partial<Record<number, string>> = {}) => {
    const base = ['차세대 ERP', '(주)한빛제조', 'rep1@x.kr', 'Tier 3', '12', '2026-06-30', 'SI', '국내', '수도권', '2026-01-15', ''];
    for (const [i, v] of Object.entries(over)) base[Number(i)] = v!;
    return normalizePipelineRow(base, mapping, refs, '2026-12-05');
  };
  test('a good row', () => {
    const r = row();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      ownerId: 'u1',
      tier: 3,
      outcome: 'OPEN',
      amount: '1200000000',
      categoryId: 'c1',
      salesRegionId: 'r1',
      regionScope: 'DOMESTIC',
      country: 'KR',
      tierEnteredAt: '2026-01-15',
    });
    expect(r.value.unmet).toEqual(['namedContact', 'need']); // Tier 3's requirements, listed not refused
    expect(r.value.key).toBe('n:한빛제조|차세대 erp');
  });
  test('Tier 1 lists the skipped tiers and its own', () => {
    const r = row({ 3: '1' });
    expect(r.ok && r.value.unmet).toEqual(['namedContact', 'need', 'decisionMaker', 'vrbBidApproval', 'proposalDueDate']);
  });
  test('수주 takes the amount as the contract amount; without one it is an error', () => {
    const r = row({ 3: '수주' });
    expect(r.ok && r.value).toMatchObject({ tier: 0, outcome: 'WON', contractAmount: '1200000000', unmet: [] });
    expect(row({ 3: '수주', 4: '' })).toEqual({ ok: false, error: [{ field: 'amount', reason: 'wonNeedsContractAmount' }] });
  });
  test.each([
    [{ 2: 'nobody@x.kr' }, 'owner', 'ownerUnknown'],
    [{ 2: '이중복' }, 'owner', 'ownerAmbiguous'],
    [{ 2: '' }, 'owner', 'required'],
    [{ 0: '' }, 'name', 'required'],
    [{ 3: 'Tier 9' }, 'tier', 'badTier'],
    [{ 4: '1,200백만원' }, 'amount', 'amountUnitMismatch'],
    [{ 5: '2026-13-01' }, 'expectedCloseDate', 'badDate'],
    [{ 6: '건설' }, 'category', 'categoryUnknown'],
    [{ 7: '해외' }, 'location', 'regionScopeMismatch'],
    [{ 8: 'Atlantis' }, 'location', 'locationUnknown'],
    [{ 9: '2027-01-01' }, 'tierEnteredAt', 'dateInFuture'],
    [{ 10: '123-45-67892' }, 'businessRegistrationNo', 'badBrnCheck'],
  ] as const)('%o → %s %s', (over, field, reason) => {
    const r = row(over);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContainEqual({ field, reason });
  });
  test('an amount cell when the mapping declares no unit is a row error', () => {
    const r = normalizePipelineRow(
      ['A', 'B', 'rep1@x.kr', '4', '12'],
      { columns: { name: 0, accountName: 1, owner: 2, tier: 3, amount: 4 }, amountUnit: null },
      refs,
      '2026-12-05',
    );
    expect(r).toEqual({ ok: false, error: [{ field: 'amount', reason: 'amountUnitMissing' }] });
  });
  test('overseas by country name; the key prefers 외부 키, then 공고번호/차수', () => {
    const m = {
      columns: { name: 0, accountName: 1, owner: 2, tier: 3, location: 4, externalKey: 5, bidNoticeNo: 6, bidRound: 7 },
      amountUnit: null,
    };
    const a = normalizePipelineRow(['A', 'B', '김영업', '4', '베트남', 'K-1', '20260101', '2'], m, refs, '2026-12-05');
    expect(a.ok && a.value).toMatchObject({ regionScope: 'OVERSEAS', country: 'VN', key: 'x:K-1', bidRound: 2 });
    const b = normalizePipelineRow(['A', 'B', '김영업', '4', '', '', '20260101', '2차'], m, refs, '2026-12-05');
    expect(b.ok && b.value.key).toBe('b:20260101|2');
  });
});
