import { describe, expect, test } from 'vitest';
import { blameWarnings, canWritePostmortem, checkPostmortemDraft, type PostmortemDraft } from './write';

describe('canWritePostmortem', () => {
  test.each([
    [0, 'WON', true],
    [0, 'LOST', true],
    [0, 'NO_BID', true],
    [0, 'DROPPED', true],
    [0, 'OPEN', false], // inconsistent row: never written about
    [1, 'OPEN', false],
    [2, 'OPEN', false],
    [4, 'OPEN', false],
    [1, 'WON', false],
  ])('tier %i, outcome %s → %s', (tier, outcome, ok) => {
    expect(canWritePostmortem({ tier, outcome }).ok).toBe(ok);
  });

  test('the refusal names its reason', () => {
    expect(canWritePostmortem({ tier: 3, outcome: 'OPEN' })).toEqual({ ok: false, code: 'NOT_CLOSED' });
  });
});

const base: PostmortemDraft = {
  status: 'DRAFT',
  summary: null,
  rootCauses: [],
  attendees: [],
  lessons: [],
  actionItems: [],
  priceGap: null,
};
const U1 = '00000000-0000-4000-8000-000000000001';
const U2 = '00000000-0000-4000-8000-000000000002';

describe('checkPostmortemDraft', () => {
  test.each<[string, Partial<PostmortemDraft>, { path: string; code: string }[]]>([
    ['an empty draft is fine', {}, []],
    [
      'publishing needs a summary and a root cause',
      { status: 'PUBLISHED' },
      [
        { path: 'summary', code: 'summaryRequired' },
        { path: 'rootCauses', code: 'rootCauseRequired' },
      ],
    ],
    [
      'a blank summary is no summary',
      { status: 'PUBLISHED', summary: '   ', rootCauses: ['PRICE'] },
      [{ path: 'summary', code: 'summaryRequired' }],
    ],
    ['a complete publish passes', { status: 'PUBLISHED', summary: '가격 차이로 실주', rootCauses: ['PRICE', 'TIMING'] }, []],
    ['duplicate root causes', { rootCauses: ['PRICE', 'PRICE'] }, [{ path: 'rootCauses', code: 'duplicateRootCause' }]],
    ['unknown root cause', { rootCauses: ['BAD_LUCK'] }, [{ path: 'rootCauses.0', code: 'unknownRootCause' }]],
    ['a person is not a root cause', { rootCauses: ['PERSON'] }, [{ path: 'rootCauses.0', code: 'unknownRootCause' }]],
    ['duplicate attendee', { attendees: [U1, U1] }, [{ path: 'attendees', code: 'duplicateAttendee' }]],
    ['distinct attendees', { attendees: [U1, U2] }, []],
    [
      'lesson with an unknown category',
      {
        lessons: [
          { title: 'x', category: 'PRICE' },
          { title: 'y', category: 'NOPE' },
        ],
      },
      [{ path: 'lessons.1.category', code: 'unknownRootCause' }],
    ],
    [
      'the same lesson id twice',
      {
        lessons: [
          { id: U1, title: 'x', category: 'PRICE' },
          { id: U1, title: 'y', category: 'PRICE' },
        ],
      },
      [{ path: 'lessons.1.id', code: 'duplicateId' }],
    ],
    [
      'new lessons have no id',
      {
        lessons: [
          { title: 'x', category: 'PRICE' },
          { title: 'y', category: 'PRICE' },
        ],
      },
      [],
    ],
    [
      'the same action item id twice',
      {
        actionItems: [
          { id: U2, title: 'a', dueDate: '2026-12-31', ownerId: U2 },
          { id: U2, title: 'b', dueDate: '2026-12-31', ownerId: U2 },
        ],
      },
      [{ path: 'actionItems.1.id', code: 'duplicateId' }],
    ],
    ['price gap in range', { priceGap: -12.5 }, []],
    ['price gap -100 (free) is the floor', { priceGap: -100 }, []],
    ['price gap below -100%', { priceGap: -101 }, [{ path: 'priceGap', code: 'priceGapRange' }]],
    ['price gap above 1000%', { priceGap: 1000.1 }, [{ path: 'priceGap', code: 'priceGapRange' }]],
    ['price gap NaN', { priceGap: Number.NaN }, [{ path: 'priceGap', code: 'priceGapRange' }]],
  ])('%s', (_name, patch, issues) => {
    expect(checkPostmortemDraft({ ...base, ...patch })).toEqual(issues);
  });
});

describe('blameWarnings', () => {
  test.each<[string, string, string[]]>([
    ['Kim was at fault for the late quote', 'wentWrong', ['at fault']],
    ['It was the fault of Kim that we lost', 'wentWrong', ['fault of']],
    ["It was Park's fault", 'wentWrong', ["'s fault"]],
    ['Sales was to blame', 'summary', ['to blame']],
    ['We blamed Lee', 'summary', ['blame']],
    ['Lee is responsible for the loss', 'summary', ['responsible for the loss']],
    ['김대리의 잘못으로 가격 제출이 늦었다', 'wentWrong', ['잘못']],
    ['이번 실주는 박과장 책임이 크다', 'wentWrong', ['책임']],
    ['담당자 탓이다', 'wentWrong', ['탓']],
    ['책임자를 찾아야 한다', 'summary', ['책임']],
    ['김대리의 실수로 제안서가 누락되었다', 'wentWrong', ['~의 실수']],
    ['담당자가 실수해서 가격이 틀렸다', 'wentWrong', ['~의 실수']],
    ['실수 방지용 점검표가 없었다', 'wentWrong', []],
    ['박과장 때문에 입찰을 놓쳤다', 'wentWrong', ['~ 때문에']],
    ['이영희 팀장 때문에 일정이 밀렸다', 'summary', ['~ 때문에']],
    ['담당자의 판단 때문에 늦었다', 'wentWrong', ['~ 때문에']],
    ['예산 삭감 때문에 사업이 보류되었다', 'wentWrong', []],
    ['가격 산정 실수가 있었다', 'wentWrong', []],
    // causes, not people: no warning
    ['가격 확인이 늦었다', 'wentWrong', []],
    ['책임감 있게 고객 요구를 정리했다', 'wentWell', []],
    ['The pricing review came after the bid deadline', 'wentWrong', []],
    ['We mapped the customer responsibility matrix early', 'wentWell', []],
    ['잘못된 요구사항 이해로 제안 범위가 달랐다', 'wentWrong', []],
  ])('%s', (text, path, terms) => {
    expect(blameWarnings([{ path, text }]).map((w) => w.term)).toEqual(terms);
    expect(blameWarnings([{ path, text }]).every((w) => w.path === path)).toBe(true);
  });

  test('empty and missing texts are skipped; each field reported separately', () => {
    expect(
      blameWarnings([
        { path: 'a', text: null },
        { path: 'b', text: '' },
        { path: 'c', text: undefined },
      ]),
    ).toEqual([]);
    expect(
      blameWarnings([
        { path: 'lessons.0.body', text: 'X was at fault' },
        { path: 'summary', text: '담당자 탓' },
      ]),
    ).toEqual([
      { path: 'lessons.0.body', term: 'at fault' },
      { path: 'summary', term: '탓' },
    ]);
  });
});
