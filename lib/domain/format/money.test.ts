import { describe, expect, test } from 'vitest';
import { formatKrw, sumAmounts } from './money';

describe('formatKrw', () => {
  test.each([
    [1_234_500_000, 'ko', '12.35억원'],
    ['100000000', 'ko', '1억원'],
    [15_000_000_000, 'ko', '150억원'],
    [350_000_000, 'ko', '3.5억원'],
    [35_000_000, 'ko', '35백만원'],
    [5000, 'ko', '5,000원'],
    [-200_000_000, 'ko', '-2억원'],
    [null, 'ko', '–'],
    ['abc', 'ko', '–'],
    [1_234_500_000, 'en', '₩1.23B'],
    [35_000_000, 'en', '₩35M'],
    [5000, 'en', '₩5,000'],
  ] as const)('%j (%s) → %s', (v, l, out) => {
    expect(formatKrw(v, l)).toBe(out);
  });
});

describe('sumAmounts', () => {
  test.each([
    [['0.1', '0.2'], '0.3'],
    [['1234567890123.45', '0.55'], '1234567890124'],
    [[null, '', '100'], '100'],
    [['-5.5', '2'], '-3.5'],
    [['10.05', '0.05'], '10.1'],
    [[], '0'],
  ] as const)('%j → %s', (vals, out) => {
    expect(sumAmounts(vals)).toBe(out);
  });
});
