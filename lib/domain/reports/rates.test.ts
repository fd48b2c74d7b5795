import { describe, expect, test } from 'vitest';
import { ratesByCategory } from './rates';
import { csvLine, neutraliseCell } from './csv';

describe('ratesByCategory', () => {
  test.each([
    ['3 won, 1 lost, 1 no-bid', { won: 3, lost: 1, noBid: 1 }, 0.75, 0.8],
    ['only no-bids', { won: 0, lost: 0, noBid: 2 }, null, 0],
    ['nothing closed', { won: 0, lost: 0, noBid: 0 }, null, null],
  ])('%s', (_l, c, win, bid) => {
    const [r] = ratesByCategory([{ key: 'k', ...c }]);
    expect(r!.winRate).toBe(win);
    expect(r!.bidRate).toBe(bid);
  });
  test('rows of one key are merged', () => {
    const r = ratesByCategory([
      { key: null, won: 1, lost: 0, noBid: 0 },
      { key: null, won: 0, lost: 1, noBid: 0 },
    ]);
    expect(r).toEqual([{ key: null, won: 1, lost: 1, noBid: 0, winRate: 0.5, bidRate: 1 }]);
  });
});

describe('CSV cells', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['정상 이름', '정상 이름'],
    [null, ''],
  ])('%j → %j', (v, want) => expect(neutraliseCell(v)).toBe(want));
  test('quotes commas, quotes and newlines', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', 12])).toBe('"a,b","say ""hi""","x\ny",12');
    expect(csvLine(['=1+1'])).toBe(`'=1+1`);
  });
});
