import { describe, expect, test } from 'vitest';
import { positionBetween, renumbered } from './position';

describe('positionBetween', () => {
  test.each([
    ['empty column', null, null, 0],
    ['to the top', null, 5, 4],
    ['to the bottom', 5, null, 6],
    ['between two', 1, 2, 1.5],
    ['between negative epoch positions', -1_795_000_000, -1_794_000_000, -1_794_500_000],
    ['neighbours out of order', 3, 2, null],
    ['neighbours equal', 2, 2, null],
    ['no float left between them', 1, 1 + Number.EPSILON, null],
  ] as const)('%s: between %s and %s → %s', (_l, above, below, want) => expect(positionBetween(above, below)).toBe(want));

  test('fifty halvings between adjacent epoch positions still fit, then it asks for a renumber', () => {
    let below = -1_794_999_999;
    const above = -1_795_000_000;
    let n = 0;
    for (;;) {
      const p = positionBetween(above, below);
      if (p === null) break;
      expect(p).toBeGreaterThan(above);
      expect(p).toBeLessThan(below);
      below = p;
      n++;
    }
    expect(n).toBeGreaterThan(20);
  });
});

test('renumbered keeps the order with even steps', () => expect(renumbered(4)).toEqual([0, 1, 2, 3]));
