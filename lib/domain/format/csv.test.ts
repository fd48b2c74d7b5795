import { describe, expect, test } from 'vitest';
import { csvLine, neutraliseCell } from './csv';

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
