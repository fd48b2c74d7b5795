import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSESSMENT_WEIGHTS, checkAssessment, weightedScore, type Score } from './assessment';
import { checkCancel, checkFindingDueDate, checkReschedule, decisionBlockers, isFindingOverdue, type Blocker } from './workflow';

const today = new Date('2027-02-10T03:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('decisionBlockers (shown before the chair picks)', () => {
  const base = {
    requiredDomains: ['FINANCE', 'LEGAL'] as const,
    opinionDomains: ['FINANCE', 'LEGAL'] as const,
    findings: [] as { status: 'OPEN' | 'ANSWERED' | 'RESOLVED'; dueDate: Date | null }[],
    marginPct: 20 as number | null,
    marginFloorPct: 10,
    today,
  };
  test.each<[string, Partial<typeof base>, Blocker[]]>([
    ['nothing blocks', {}, []],
    [
      'missing opinions, in domain order',
      { opinionDomains: [] as never },
      [
        { kind: 'MISSING_OPINION', domain: 'FINANCE' },
        { kind: 'MISSING_OPINION', domain: 'LEGAL' },
      ],
    ],
    [
      'unresolved findings, with the overdue ones counted; resolved ones do not block',
      {
        findings: [
          { status: 'OPEN', dueDate: d('2027-02-09') },
          { status: 'ANSWERED', dueDate: d('2027-02-10') },
          { status: 'RESOLVED', dueDate: d('2027-01-01') },
        ],
      },
      [{ kind: 'OPEN_FINDINGS', count: 2, overdue: 1 }],
    ],
    ['margin under the floor', { marginPct: 8 }, [{ kind: 'MARGIN_BELOW_FLOOR', marginPct: 8, floorPct: 10 }]],
    ['margin exactly at the floor is fine', { marginPct: 10 }, []],
    ['no price: no margin blocker', { marginPct: null }, []],
    [
      'all three at once',
      { opinionDomains: ['FINANCE'] as never, findings: [{ status: 'OPEN', dueDate: null }], marginPct: -1 },
      [
        { kind: 'MISSING_OPINION', domain: 'LEGAL' },
        { kind: 'OPEN_FINDINGS', count: 1, overdue: 0 },
        { kind: 'MARGIN_BELOW_FLOOR', marginPct: -1, floorPct: 10 },
      ],
    ],
  ])('%s', (_l, over, expected) => {
    expect(decisionBlockers({ ...base, ...over })).toEqual(expected);
  });
});

describe('findings: due dates and overdue', () => {
  test.each<[string, 'OPEN' | 'ANSWERED' | 'RESOLVED', string | null, boolean]>([
    ['due yesterday, open', 'OPEN', '2027-02-09', true],
    ['due today is not overdue', 'OPEN', '2027-02-10', false],
    ['answered but late', 'ANSWERED', '2027-02-01', true],
    ['resolved late is done', 'RESOLVED', '2027-02-01', false],
    ['no due date', 'OPEN', null, false],
  ])('%s', (_l, status, due, expected) => {
    expect(isFindingOverdue({ status, dueDate: due ? d(due) : null }, today)).toBe(expected);
  });
  test.each<[string, string | null, string, boolean]>([
    ['the review day itself', '2027-03-01', '2027-03-01T05:00:00Z', true],
    ['after the review', '2027-03-05', '2027-03-01T05:00:00Z', true],
    ['before the review', '2027-02-28', '2027-03-01T05:00:00Z', false],
    ['none', null, '2027-03-01T05:00:00Z', true],
  ])('due date %s', (_l, due, review, ok) => {
    expect(checkFindingDueDate(due ? d(due) : null, new Date(review)).ok).toBe(ok);
  });
});

describe('cancel / reschedule', () => {
  const at = new Date('2027-03-01T05:00:00Z');
  test.each<[string, 'SCHEDULED' | 'DECIDED' | 'CANCELLED', string | null, unknown]>([
    ['scheduled, with a reason', 'SCHEDULED', ' 고객 일정 변경 ', { ok: true, value: { reason: '고객 일정 변경' } }],
    ['without a reason', 'SCHEDULED', '  ', { ok: false, error: { code: 'REASON_REQUIRED' } }],
    ['a decided review', 'DECIDED', 'x', { ok: false, error: { code: 'NOT_SCHEDULED', status: 'DECIDED' } }],
  ])('cancel: %s', (_l, status, reason, expected) => {
    expect(checkCancel({ status }, reason)).toEqual(expected);
  });
  test.each<[string, 'SCHEDULED' | 'DECIDED', Date, string, string]>([
    ['moves a scheduled review', 'SCHEDULED', new Date('2027-03-08T05:00:00Z'), '위원 출장', 'ok'],
    ['a decided review is refused', 'DECIDED', new Date('2027-03-08T05:00:00Z'), '위원 출장', 'NOT_SCHEDULED'],
    ['the same date', 'SCHEDULED', at, '위원 출장', 'SAME_DATE'],
    ['no reason', 'SCHEDULED', new Date('2027-03-08T05:00:00Z'), '', 'REASON_REQUIRED'],
  ])('reschedule: %s', (_l, status, to, reason, code) => {
    const r = checkReschedule({ status, scheduledAt: at }, to, reason);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('assessment', () => {
  const all = (n: number): Score[] =>
    Object.keys(DEFAULT_ASSESSMENT_WEIGHTS).map((c) => ({ criterion: c as Score['criterion'], score: n }));
  test.each<[string, Score[], Partial<typeof DEFAULT_ASSESSMENT_WEIGHTS>, number | null]>([
    ['all 4s, equal weights', all(4), {}, 4],
    ['nothing scored', [], {}, null],
    [
      'weights shift the score',
      [
        { criterion: 'STRATEGIC_VALUE', score: 5 },
        { criterion: 'TECHNICAL_RISK', score: 2 },
      ],
      { STRATEGIC_VALUE: 3, TECHNICAL_RISK: 1 },
      4.25,
    ],
    [
      'two scorers on one criterion are averaged first',
      [
        { criterion: 'LEGAL_RISK', score: 1 },
        { criterion: 'LEGAL_RISK', score: 4 },
        { criterion: 'SALES_CAPABILITY', score: 5 },
      ],
      {},
      3.75,
    ],
    [
      'a zero weight leaves the criterion out',
      [
        { criterion: 'LEGAL_RISK', score: 1 },
        { criterion: 'SALES_CAPABILITY', score: 5 },
      ],
      { LEGAL_RISK: 0 },
      5,
    ],
    [
      'rounded to 2 decimals',
      [
        { criterion: 'LEGAL_RISK', score: 1 },
        { criterion: 'SALES_CAPABILITY', score: 2 },
        { criterion: 'STRATEGIC_VALUE', score: 2 },
      ],
      {},
      1.67,
    ],
  ])('%s', (_l, scores, w, expected) => {
    expect(weightedScore(scores, { ...DEFAULT_ASSESSMENT_WEIGHTS, ...w })).toBe(expected);
  });
  test.each<[string, 'SCHEDULED' | 'DECIDED', { criterion: Score['criterion']; score: number }[], string]>([
    ['valid', 'SCHEDULED', [{ criterion: 'LEGAL_RISK', score: 3 }], 'ok'],
    ['score 6', 'SCHEDULED', [{ criterion: 'LEGAL_RISK', score: 6 }], 'SCORE_RANGE'],
    ['score 0', 'SCHEDULED', [{ criterion: 'LEGAL_RISK', score: 0 }], 'SCORE_RANGE'],
    ['score 2.5', 'SCHEDULED', [{ criterion: 'LEGAL_RISK', score: 2.5 }], 'SCORE_RANGE'],
    [
      'one criterion twice',
      'SCHEDULED',
      [
        { criterion: 'LEGAL_RISK', score: 3 },
        { criterion: 'LEGAL_RISK', score: 4 },
      ],
      'DUPLICATE_CRITERION',
    ],
    ['a decided review', 'DECIDED', [{ criterion: 'LEGAL_RISK', score: 3 }], 'REVIEW_CLOSED'],
    ['nothing', 'SCHEDULED', [], 'EMPTY'],
  ])('checkAssessment: %s', (_l, status, entries, code) => {
    const r = checkAssessment({ status }, entries);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});
