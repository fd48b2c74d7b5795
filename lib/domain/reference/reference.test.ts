import { describe, expect, test } from 'vitest';
import { checkRegion, decideDelete, reorder, usageSummary } from '.';

describe('decideDelete', () => {
  test('unused → delete', () => expect(decideDelete([{ entity: 'Opportunity', count: 0, examples: [] }])).toEqual({ action: 'DELETE' }));
  test('nothing at all → delete', () => expect(decideDelete([])).toEqual({ action: 'DELETE' }));
  test('used → refuse with counts and at most three names each', () => {
    const d = decideDelete([
      { entity: 'Opportunity', count: 5, examples: ['a', 'b', 'c', 'd'] },
      { entity: 'Lesson', count: 0, examples: [] },
      { entity: 'Lead', count: 1, examples: ['x'] },
    ]);
    expect(d).toEqual({
      action: 'REFUSE',
      total: 6,
      usage: [
        { entity: 'Opportunity', count: 5, examples: ['a', 'b', 'c'] },
        { entity: 'Lead', count: 1, examples: ['x'] },
      ],
    });
  });
  test('summary text', () => {
    expect(
      usageSummary(
        [
          { entity: 'Opportunity', count: 5, examples: ['a', 'b', 'c'] },
          { entity: 'Lead', count: 1, examples: ['x'] },
        ],
        (e) => ({ Opportunity: '사업기회', Lead: '리드' })[e] ?? e,
      ),
    ).toBe('사업기회 5 (a, b, c, …); 리드 1 (x)');
  });
});

describe('checkRegion', () => {
  test.each([
    ['domestic, no code', 'DOMESTIC', null, { ok: true, value: null }],
    ['domestic, blank code', 'DOMESTIC', '  ', { ok: true, value: null }],
    ['domestic with a code', 'DOMESTIC', 'VN', { ok: false, error: { code: 'COUNTRY_NOT_ALLOWED' } }],
    ['overseas vn → VN', 'OVERSEAS', 'vn', { ok: true, value: 'VN' }],
    ['overseas without code', 'OVERSEAS', '', { ok: false, error: { code: 'COUNTRY_REQUIRED' } }],
    ['overseas three letters', 'OVERSEAS', 'VNM', { ok: false, error: { code: 'COUNTRY_INVALID' } }],
    ['overseas digits', 'OVERSEAS', '12', { ok: false, error: { code: 'COUNTRY_INVALID' } }],
    ['overseas KR is not overseas', 'OVERSEAS', 'KR', { ok: false, error: { code: 'COUNTRY_INVALID' } }],
  ] as const)('%s', (_l, scope, code, expected) => expect(checkRegion(scope, code)).toEqual(expected));
});

describe('reorder', () => {
  const ids = ['s1', 's2', 's3', 's4'];
  test.each([
    ['last to first', 's4', 1, ['s4', 's1', 's2', 's3']],
    ['first to last', 's1', 4, ['s2', 's3', 's4', 's1']],
    ['same place', 's2', 2, ids],
    ['beyond the end clamps', 's2', 99, ['s1', 's3', 's4', 's2']],
    ['below 1 clamps', 's3', 0, ['s3', 's1', 's2', 's4']],
    ['unknown id leaves the order', 'zz', 1, ids],
  ])('%s', (_l, id, to, expected) => expect(reorder(ids, id, to)).toEqual(expected));
});
