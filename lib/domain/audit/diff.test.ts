import { describe, expect, test } from 'vitest';
import { auditDiff, formatAuditValue } from './diff';

describe('auditDiff', () => {
  test.each([
    ['unchanged keys are left out', { name: '가', tier: 3 }, { name: '가', tier: 2 }, [{ key: 'tier', before: 3, after: 2 }]],
    ['nothing changed', { a: 1 }, { a: 1 }, []],
    ['a create: only after', null, { name: '신규' }, [{ key: 'name', before: undefined, after: '신규' }]],
    ['a delete: only before', { name: '옛' }, null, [{ key: 'name', before: '옛', after: undefined }]],
    [
      'key added and removed',
      { a: 1 },
      { b: 2 },
      [
        { key: 'a', before: 1, after: undefined },
        { key: 'b', before: undefined, after: 2 },
      ],
    ],
    [
      'nested objects become dotted paths',
      { e: { margin: 10, cost: 5 } },
      { e: { margin: 12, cost: 5 } },
      [{ key: 'e.margin', before: 10, after: 12 }],
    ],
    ['arrays compare by value', { ids: ['a', 'b'] }, { ids: ['a', 'b'] }, []],
    ['array change is one change', { ids: ['a'] }, { ids: ['a', 'b'] }, [{ key: 'ids', before: ['a'], after: ['a', 'b'] }]],
    ['null vs missing differ', { x: null }, {}, [{ key: 'x', before: null, after: undefined }]],
    ['null → value', { nextStep: null }, { nextStep: '견적 제출' }, [{ key: 'nextStep', before: null, after: '견적 제출' }]],
    ['number vs numeric string differ', { amount: 1 }, { amount: '1' }, [{ key: 'amount', before: 1, after: '1' }]],
    ['object key order does not matter', { o: { a: 1, b: [{ x: 1, y: 2 }] } }, { o: { b: [{ y: 2, x: 1 }], a: 1 } }, []],
    ['scalar payloads', 'OPEN', 'WON', [{ key: 'value', before: 'OPEN', after: 'WON' }]],
    ['both empty', null, undefined, []],
    [
      'empty object value is a leaf',
      { meta: {} },
      { meta: { a: 1 } },
      [
        { key: 'meta', before: {}, after: undefined },
        { key: 'meta.a', before: undefined, after: 1 },
      ],
    ],
  ])('%s', (_name, before, after, want) => {
    expect(auditDiff(before, after)).toEqual(want);
  });

  test('changes keep the order of the keys in before, then new keys', () => {
    const d = auditDiff({ z: 1, a: 1, m: 1 }, { a: 2, z: 2, m: 2, n: 1 });
    expect(d.map((c) => c.key)).toEqual(['z', 'a', 'm', 'n']);
  });
});

describe('formatAuditValue', () => {
  test.each([
    [undefined, '—'],
    [null, '∅'],
    ['텍스트', '텍스트'],
    [3, '3'],
    [true, 'true'],
    [['a', 1], '["a",1]'],
    [{ a: 1 }, '{"a":1}'],
  ])('%j → %s', (v, want) => expect(formatAuditValue(v)).toBe(want));

  test('long values are cut with an ellipsis, by characters', () => {
    expect(formatAuditValue('가'.repeat(10), 5)).toBe('가가가가…');
  });
});
