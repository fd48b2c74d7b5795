import { describe, expect, test } from 'vitest';
import { escapeLike, MAX_QUERY_CHARS, normalizeSearchQuery } from './normalize';

describe('normalizeSearchQuery', () => {
  test.each([
    // raw, text, short
    ['가', '가', true],
    ['  서울  ', '서울', true],
    ['서울시청', '서울시청', false],
    ['acme', 'acme', false],
    ['Acme   Corp\t\n', 'Acme Corp', false],
    ['ab', 'ab', true],
    ['\u1100\u1161', '가', true], // decomposed jamo (ᄀ + ᅡ) → the syllable 가
    ['a\u0000b', 'a b', false],
  ])('%j → %j (short=%s)', (raw, text, short) => {
    const q = normalizeSearchQuery(raw);
    expect(q?.text).toBe(text);
    expect(q?.short).toBe(short);
  });

  test.each(['', '   ', '\t\n', '\u0000'])('%j → null (nothing to search)', (raw) => {
    expect(normalizeSearchQuery(raw)).toBeNull();
  });

  test.each([
    ['50%', '%50\\%%', '50\\%%'],
    ['a_b', '%a\\_b%', 'a\\_b%'],
    ['c:\\x', '%c:\\\\x%', 'c:\\\\x%'],
    ['수주', '%수주%', '수주%'],
  ])('patterns of %j escape LIKE wildcards', (raw, contains, prefix) => {
    const q = normalizeSearchQuery(raw)!;
    expect(q.contains).toBe(contains);
    expect(q.prefix).toBe(prefix);
  });

  test('at most MAX_QUERY_CHARS characters, counted as characters (not UTF-16 units)', () => {
    const q = normalizeSearchQuery('가'.repeat(MAX_QUERY_CHARS + 20))!;
    expect(Array.from(q.text)).toHaveLength(MAX_QUERY_CHARS);
    expect(normalizeSearchQuery('😀'.repeat(MAX_QUERY_CHARS + 1))!.text).toBe('😀'.repeat(MAX_QUERY_CHARS));
  });

  test('escapeLike leaves ordinary text alone', () => {
    expect(escapeLike('사업기회 A-1')).toBe('사업기회 A-1');
  });

  test.each([
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['c\\d', 'c\\\\d'],
  ])('escapeLike(%s) → %s: LIKE wildcards and the escape character are literal', (q, out) => expect(escapeLike(q)).toBe(out));
});
