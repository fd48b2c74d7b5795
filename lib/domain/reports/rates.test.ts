import { describe, expect, test } from 'vitest';
import { ratesByCategory } from './rates';

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
