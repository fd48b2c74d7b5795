import { describe, expect, test } from 'vitest';
import {
  answerFinding,
  canScheduleStage,
  checkOpinion,
  checkRaiseFinding,
  decideReview,
  memberDomain,
  verifyFinding,
  type DecisionFacts,
  type PastReview,
  type VrbDomain,
} from './index';

const stages = [
  { id: 's1', order: 1 },
  { id: 's2', order: 2 },
  { id: 's3', order: 3 },
];
const at = (d: number) => new Date(Date.UTC(2026, 0, d));
const r = (
  stageId: string,
  status: PastReview['status'],
  decision: PastReview['decision'],
  unresolvedFindings = 0,
  day = 1,
): PastReview => ({ stageId, status, decision, unresolvedFindings, scheduledAt: at(day) });

describe('canScheduleStage', () => {
  test.each<[string, number, PastReview[], unknown]>([
    ['stage 1 needs nothing', 1, [], { ok: true, value: { stageId: 's1' } }],
    ['stage 2 after stage 1 PASS', 2, [r('s1', 'DECIDED', 'PASS')], { ok: true, value: { stageId: 's2' } }],
    [
      'stage 2 after CONDITIONAL with every finding resolved',
      2,
      [r('s1', 'DECIDED', 'CONDITIONAL', 0)],
      { ok: true, value: { stageId: 's2' } },
    ],
    ['HOLD: the same stage again', 1, [r('s1', 'DECIDED', 'HOLD')], { ok: true, value: { stageId: 's1' } }],
    [
      'stage 2 after HOLD then PASS (latest decided counts)',
      2,
      [r('s1', 'DECIDED', 'HOLD', 0, 1), r('s1', 'DECIDED', 'PASS', 0, 5)],
      { ok: true, value: { stageId: 's2' } },
    ],
    ['a cancelled review does not block', 1, [r('s1', 'CANCELLED', null)], { ok: true, value: { stageId: 's1' } }],
    ['stage 2 without stage 1', 2, [], { ok: false, error: { code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: 1 } }],
    [
      'stage 2 while stage 1 is only scheduled',
      2,
      [r('s1', 'SCHEDULED', null)],
      { ok: false, error: { code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: 1 } },
    ],
    [
      'stage 2 after stage 1 HOLD',
      2,
      [r('s1', 'DECIDED', 'HOLD')],
      { ok: false, error: { code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: 1 } },
    ],
    [
      'stage 2 after PASS then HOLD (latest decided counts)',
      2,
      [r('s1', 'DECIDED', 'PASS', 0, 1), r('s1', 'DECIDED', 'HOLD', 0, 5)],
      { ok: false, error: { code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: 1 } },
    ],
    [
      'stage 3 skipping stage 2',
      3,
      [r('s1', 'DECIDED', 'PASS')],
      { ok: false, error: { code: 'PREVIOUS_STAGE_NOT_PASSED', previousOrder: 2 } },
    ],
    [
      'CONDITIONAL with findings still open',
      2,
      [r('s1', 'DECIDED', 'CONDITIONAL', 2)],
      { ok: false, error: { code: 'PREVIOUS_FINDINGS_UNRESOLVED', previousOrder: 1, unresolved: 2 } },
    ],
    ['a stage already scheduled', 1, [r('s1', 'SCHEDULED', null)], { ok: false, error: { code: 'ALREADY_SCHEDULED' } }],
    ['a stage already passed', 1, [r('s1', 'DECIDED', 'PASS')], { ok: false, error: { code: 'ALREADY_PASSED' } }],
    ['a stage already passed conditionally', 1, [r('s1', 'DECIDED', 'CONDITIONAL', 1)], { ok: false, error: { code: 'ALREADY_PASSED' } }],
    ['an unknown (or inactive) stage', 9, [], { ok: false, error: { code: 'UNKNOWN_STAGE' } }],
  ])('%s', (_l, order, reviews, expected) => {
    expect(canScheduleStage({ isOpen: true }, stages, order, reviews)).toEqual(expected);
  });

  test('a closed opportunity (Tier 0) cannot be reviewed', () => {
    expect(canScheduleStage({ isOpen: false }, stages, 1, [])).toEqual({ ok: false, error: { code: 'OPPORTUNITY_CLOSED' } });
  });

  test('the previous stage is the previous ACTIVE one: with stage 2 inactive, stage 3 follows stage 1', () => {
    const active = [stages[0]!, stages[2]!];
    expect(canScheduleStage({ isOpen: true }, active, 3, [r('s1', 'DECIDED', 'PASS')])).toEqual({ ok: true, value: { stageId: 's3' } });
  });
});

const facts: DecisionFacts = {
  reviewStatus: 'SCHEDULED',
  requiredDomains: ['FINANCE', 'LEGAL'],
  opinionDomains: ['FINANCE', 'LEGAL'],
  unresolvedFindings: 0,
  marginPct: 20,
  marginFloorPct: 10,
};

describe('decideReview', () => {
  test.each<[string, Partial<DecisionFacts>, Parameters<typeof decideReview>[1], unknown]>([
    [
      'PASS above the floor',
      {},
      { decision: 'PASS' },
      { ok: true, value: { decision: 'PASS', reason: null, overrideReason: null, guard: 'ok', dropsOpportunity: false } },
    ],
    [
      'PASS exactly at the floor needs no override',
      { marginPct: 10 },
      { decision: 'PASS' },
      { ok: true, value: { decision: 'PASS', reason: null, overrideReason: null, guard: 'ok', dropsOpportunity: false } },
    ],
    [
      'PASS below the floor with an override reason',
      { marginPct: 5 },
      { decision: 'PASS', overrideReason: '  전략 고객 선점 ' },
      {
        ok: true,
        value: { decision: 'PASS', reason: null, overrideReason: '전략 고객 선점', guard: 'belowFloor', dropsOpportunity: false },
      },
    ],
    [
      'PASS without a price needs no override',
      { marginPct: null },
      { decision: 'PASS' },
      { ok: true, value: { decision: 'PASS', reason: null, overrideReason: null, guard: 'noPrice', dropsOpportunity: false } },
    ],
    [
      'CONDITIONAL with open findings',
      { unresolvedFindings: 2 },
      { decision: 'CONDITIONAL', reason: '지적 해소 후 진행' },
      {
        ok: true,
        value: { decision: 'CONDITIONAL', reason: '지적 해소 후 진행', overrideReason: null, guard: 'ok', dropsOpportunity: false },
      },
    ],
    [
      'HOLD with a reason, even with opinions missing',
      { opinionDomains: [] },
      { decision: 'HOLD', reason: '가격 재검토' },
      { ok: true, value: { decision: 'HOLD', reason: '가격 재검토', overrideReason: null, guard: 'ok', dropsOpportunity: false } },
    ],
    [
      'DROP with a reason closes the opportunity',
      { marginPct: -3 },
      { decision: 'DROP', reason: '수익성 없음' },
      { ok: true, value: { decision: 'DROP', reason: '수익성 없음', overrideReason: null, guard: 'belowFloor', dropsOpportunity: true } },
    ],
    [
      'PASS with a required opinion missing, the chair recording why',
      { opinionDomains: ['FINANCE'] },
      { decision: 'PASS', missingOpinionReason: ' 법무 위원 부재, 표준 계약서 ' },
      {
        ok: true,
        value: {
          decision: 'PASS',
          reason: null,
          overrideReason: null,
          missingOpinionReason: '법무 위원 부재, 표준 계약서',
          missingOpinions: ['LEGAL'],
          guard: 'ok',
          dropsOpportunity: false,
        },
      },
    ],
  ])('allows: %s', (_l, f, req, expected) => {
    // missingOpinionReason/missingOpinions are checked where a case names them
    expect(decideReview({ ...facts, ...f }, req)).toMatchObject(expected as object);
  });

  test.each<[string, Partial<DecisionFacts>, Parameters<typeof decideReview>[1], unknown]>([
    [
      'PASS below the floor without an override',
      { marginPct: 9.999 },
      { decision: 'PASS' },
      { code: 'OVERRIDE_REQUIRED', marginPct: 9.999, floorPct: 10 },
    ],
    [
      'PASS below the floor with a blank override',
      { marginPct: 5 },
      { decision: 'PASS', overrideReason: '   ' },
      { code: 'OVERRIDE_REQUIRED', marginPct: 5, floorPct: 10 },
    ],
    [
      'CONDITIONAL below the floor without an override',
      { marginPct: 5, unresolvedFindings: 1 },
      { decision: 'CONDITIONAL' },
      { code: 'OVERRIDE_REQUIRED', marginPct: 5, floorPct: 10 },
    ],
    ['PASS with findings unresolved', { unresolvedFindings: 1 }, { decision: 'PASS' }, { code: 'FINDINGS_UNRESOLVED', unresolved: 1 }],
    [
      'PASS with a required opinion missing',
      { opinionDomains: ['FINANCE'] },
      { decision: 'PASS' },
      { code: 'OPINIONS_MISSING', missing: ['LEGAL'] },
    ],
    [
      'CONDITIONAL with a required opinion missing',
      { opinionDomains: [], unresolvedFindings: 1 },
      { decision: 'CONDITIONAL' },
      { code: 'OPINIONS_MISSING', missing: ['FINANCE', 'LEGAL'] },
    ],
    [
      'a missing-opinion reason with every opinion given',
      {},
      { decision: 'PASS', missingOpinionReason: '불필요' },
      { code: 'MISSING_OPINION_REASON_NOT_ALLOWED' },
    ],
    [
      'PASS with an opinion missing and a blank reason',
      { opinionDomains: ['FINANCE'] },
      { decision: 'PASS', missingOpinionReason: '  ' },
      { code: 'OPINIONS_MISSING', missing: ['LEGAL'] },
    ],
    ['CONDITIONAL with nothing to resolve', {}, { decision: 'CONDITIONAL' }, { code: 'NO_FINDINGS_FOR_CONDITIONAL' }],
    ['HOLD without a reason', {}, { decision: 'HOLD' }, { code: 'REASON_REQUIRED' }],
    ['DROP with a blank reason', {}, { decision: 'DROP', reason: ' ' }, { code: 'REASON_REQUIRED' }],
    ['DROP with an override reason', {}, { decision: 'DROP', reason: 'x', overrideReason: 'y' }, { code: 'OVERRIDE_NOT_ALLOWED' }],
    ['a review already decided', { reviewStatus: 'DECIDED' }, { decision: 'PASS' }, { code: 'REVIEW_CLOSED', status: 'DECIDED' }],
    [
      'a cancelled review',
      { reviewStatus: 'CANCELLED' },
      { decision: 'HOLD', reason: 'x' },
      { code: 'REVIEW_CLOSED', status: 'CANCELLED' },
    ],
  ])('refuses: %s', (_l, f, req, error) => {
    expect(decideReview({ ...facts, ...f }, req)).toEqual({ ok: false, error });
  });
});

describe('finding state machine', () => {
  test.each<[string, 'OPEN' | 'ANSWERED' | 'RESOLVED', string, unknown]>([
    ['OPEN → ANSWERED', 'OPEN', ' 원가 재산정 완료 ', { ok: true, value: { status: 'ANSWERED', answer: '원가 재산정 완료' } }],
    ['a blank answer', 'OPEN', '  ', { ok: false, error: { code: 'ANSWER_REQUIRED' } }],
    ['ANSWERED cannot be answered again', 'ANSWERED', 'x', { ok: false, error: { code: 'NOT_OPEN', status: 'ANSWERED' } }],
    ['RESOLVED is final', 'RESOLVED', 'x', { ok: false, error: { code: 'NOT_OPEN', status: 'RESOLVED' } }],
  ])('answer: %s', (_l, status, answer, expected) => {
    expect(answerFinding({ status }, answer)).toEqual(expected);
  });

  test.each<[string, 'OPEN' | 'ANSWERED' | 'RESOLVED', VrbDomain[], { resolved: boolean; note?: string }, unknown]>([
    ['ANSWERED → RESOLVED', 'ANSWERED', ['FINANCE'], { resolved: true }, { ok: true, value: { status: 'RESOLVED', note: null } }],
    [
      'ANSWERED → back to OPEN with a note',
      'ANSWERED',
      ['FINANCE', 'LEGAL'],
      { resolved: false, note: ' 근거 자료 부족 ' },
      { ok: true, value: { status: 'OPEN', note: '근거 자료 부족' } },
    ],
    ['sending back needs a note', 'ANSWERED', ['FINANCE'], { resolved: false }, { ok: false, error: { code: 'NOTE_REQUIRED' } }],
    [
      'an OPEN finding cannot be verified',
      'OPEN',
      ['FINANCE'],
      { resolved: true },
      { ok: false, error: { code: 'NOT_ANSWERED', status: 'OPEN' } },
    ],
    [
      'a RESOLVED finding cannot be verified again',
      'RESOLVED',
      ['FINANCE'],
      { resolved: false, note: 'x' },
      { ok: false, error: { code: 'NOT_ANSWERED', status: 'RESOLVED' } },
    ],
    [
      'only a member of the finding’s domain verifies',
      'ANSWERED',
      ['LEGAL'],
      { resolved: true },
      { ok: false, error: { code: 'NOT_YOUR_DOMAIN' } },
    ],
  ])('verify: %s', (_l, status, held, input, expected) => {
    expect(verifyFinding({ status, domain: 'FINANCE' }, held, input)).toEqual(expected);
  });
});

describe('memberDomain / checkRaiseFinding / checkOpinion', () => {
  test.each<[VrbDomain[], VrbDomain | undefined, unknown]>([
    [['LEGAL'], undefined, { ok: true, value: 'LEGAL' }],
    [['LEGAL', 'FINANCE'], 'FINANCE', { ok: true, value: 'FINANCE' }],
    [['LEGAL', 'FINANCE'], undefined, { ok: false, error: { code: 'DOMAIN_REQUIRED' } }],
    [['LEGAL'], 'FINANCE', { ok: false, error: { code: 'NOT_YOUR_DOMAIN' } }],
    [[], undefined, { ok: false, error: { code: 'NOT_YOUR_DOMAIN' } }],
  ])('held %o, asked %s', (held, asked, expected) => {
    expect(memberDomain(held, asked)).toEqual(expected);
  });

  test('raising needs a scheduled review', () => {
    expect(checkRaiseFinding({ status: 'SCHEDULED' }, ['LEGAL'], undefined)).toEqual({ ok: true, value: { domain: 'LEGAL' } });
    expect(checkRaiseFinding({ status: 'DECIDED' }, ['LEGAL'], undefined)).toEqual({ ok: false, error: { code: 'REVIEW_CLOSED' } });
  });

  const review = {
    status: 'SCHEDULED' as const,
    requiredDomains: ['FINANCE', 'TECHNOLOGY'] as VrbDomain[],
    opinionDomains: ['TECHNOLOGY'] as VrbDomain[],
  };
  test.each<[string, Partial<typeof review>, VrbDomain[], VrbDomain, unknown]>([
    ['a required domain the member holds', {}, ['FINANCE'], 'FINANCE', { ok: true, value: { domain: 'FINANCE' } }],
    ['a domain the member does not hold', {}, ['LEGAL'], 'FINANCE', { ok: false, error: { code: 'NOT_YOUR_DOMAIN' } }],
    ['a domain the stage does not require', {}, ['LEGAL'], 'LEGAL', { ok: false, error: { code: 'DOMAIN_NOT_REQUIRED' } }],
    ['a domain already given', {}, ['TECHNOLOGY'], 'TECHNOLOGY', { ok: false, error: { code: 'ALREADY_GIVEN' } }],
    ['a decided review', { status: 'DECIDED' as never }, ['FINANCE'], 'FINANCE', { ok: false, error: { code: 'REVIEW_CLOSED' } }],
  ])('opinion: %s', (_l, over, held, domain, expected) => {
    expect(checkOpinion({ ...review, ...over }, held, domain)).toEqual(expected);
  });
});
