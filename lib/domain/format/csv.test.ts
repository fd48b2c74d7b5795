import { describe, expect, test } from 'vitest';
import { csvLine, neutraliseCell, xlsxCell } from './csv';

describe('neutraliseCell', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['정상 이름', '정상 이름'],
    ['', ''],
    [null, ''],
    [-5, '-5'], // numbers are values, not formulas
  ])('%j → %j', (v, want) => expect(neutraliseCell(v)).toBe(want));
});

describe('csvLine', () => {
  test.each([
    [['a,b', 'say "hi"', 'x\ny', 12], '"a,b","say ""hi""","x\ny",12'],
    [['=1+1'], `'=1+1`],
    [['a,b', '=1+1', null, 3], `"a,b",'=1+1,,3`],
    [[' padded '], '" padded "'],
    [['한글', '사업기회'], '한글,사업기회'],
  ] as const)('%j → %s', (cells, want) => expect(csvLine(cells)).toBe(want));
});

describe('xlsxCell', () => {
  const d = new Date('2026-12-05T00:00:00Z');
  test.each([
    ['=cmd|calc', `'=cmd|calc`],
    ['+82 10', `'+82 10`],
    ['-x', `'-x`],
    ['@x', `'@x`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['보통', '보통'],
    [42, 42],
    [-3.5, -3.5],
    [Number.NaN, ''],
    [true, true],
    [null, ''],
    [undefined, ''],
  ] as const)('%j → %j', (v, want) => expect(xlsxCell(v)).toStrictEqual(want));
  test('dates stay dates', () => expect(xlsxCell(d)).toBe(d));
  test('csv writes dates as ISO and booleans as TRUE/FALSE', () =>
    expect(csvLine([d, true, false])).toBe('2026-12-05T00:00:00.000Z,TRUE,FALSE'));
});
