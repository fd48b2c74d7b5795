import { describe, expect, test } from 'vitest';
import { decodeHidden, defaultSortCodec, encodeHidden, enumSortCodec, exportSearch, nextSort, patchSearch } from './url-state';

describe('defaultSortCodec', () => {
  test.each([
    [null, null],
    [{ id: 'name', desc: false }, 'name'],
    [{ id: 'createdAt', desc: true }, '-createdAt'],
  ] as const)('%j ⇄ %j', (state, param) => {
    expect(defaultSortCodec.toParam(state)).toBe(param);
    expect(defaultSortCodec.fromParam(param)).toStrictEqual(state);
  });
  test.each([[''], ['-'], [undefined]])('%j → no sort', (v) => expect(defaultSortCodec.fromParam(v)).toBeNull());
});

describe('enumSortCodec', () => {
  const codec = enumSortCodec(
    { createdAt: { asc: 'created_asc', desc: 'created_desc' }, company: { asc: 'company_asc', desc: 'company_desc' } },
    { id: 'createdAt', desc: true },
  );
  test.each([
    ['created_desc', { id: 'createdAt', desc: true }],
    ['company_asc', { id: 'company', desc: false }],
    ['company_desc', { id: 'company', desc: true }],
    [null, { id: 'createdAt', desc: true }], // absent → the API's default
    ['nonsense', { id: 'createdAt', desc: true }],
  ] as const)('%j → %j', (v, want) => expect(codec.fromParam(v)).toStrictEqual(want));
  test('writes the enum value; unknown column → none', () => {
    expect(codec.toParam({ id: 'company', desc: false })).toBe('company_asc');
    expect(codec.toParam({ id: 'budget', desc: false })).toBeNull();
  });
});

describe('nextSort', () => {
  test.each([
    [null, 'a', false, { id: 'a', desc: false }],
    [null, 'a', true, { id: 'a', desc: true }],
    [{ id: 'a', desc: false }, 'a', false, { id: 'a', desc: true }],
    [{ id: 'a', desc: true }, 'a', false, { id: 'a', desc: false }],
    [{ id: 'a', desc: true }, 'b', false, { id: 'b', desc: false }],
  ] as const)('%j click %s → %j', (cur, id, firstDesc, want) => expect(nextSort(cur, id, firstDesc)).toStrictEqual(want));
});

describe('hidden columns', () => {
  test.each([
    ['a,b', ['a', 'b']],
    [' a , a ,b', ['a', 'b']],
    ['', []],
    [null, []],
    ['ok,<script>,x y', ['ok']],
  ] as const)('decode %j → %j', (v, want) => expect(decodeHidden(v)).toStrictEqual(want));
  test('encode is sorted and stable; empty → null', () => {
    expect(encodeHidden(['b', 'a', 'b'])).toBe('a,b');
    expect(encodeHidden([])).toBeNull();
  });
});

describe('patchSearch', () => {
  test.each([
    ['status=MQL&cursor=abc', { sort: 'name' }, {}, '?status=MQL&sort=name'], // new sort → page 1
    ['status=MQL', { status: null }, {}, ''],
    ['status=MQL', { status: '' }, {}, ''],
    ['q=x', { cursor: 'n1' }, {}, '?q=x&cursor=n1'], // paging keeps filters
    ['sort=created_desc', { sort: 'created_desc' }, { sort: 'created_desc' }, ''], // default dropped
    ['', { limit: 50 }, {}, '?limit=50'],
    ['a=1', { b: '한 글' }, {}, '?a=1&b=%ED%95%9C+%EA%B8%80'],
  ] as const)('%s + %j → %s', (search, patch, defaults, want) => expect(patchSearch(search, patch, { defaults })).toBe(want));
});

describe('exportSearch', () => {
  test('same filters and sort, no cursor, hidden columns and format', () =>
    expect(exportSearch('status=MQL&sort=-name&cursor=abc&format=csv', 'xlsx', ['phone'])).toBe(
      '?status=MQL&sort=-name&hide=phone&format=xlsx',
    ));
  test('no hidden → hide removed', () => expect(exportSearch('hide=x', 'csv', [])).toBe('?format=csv'));
});
