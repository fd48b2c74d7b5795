// Order of cards inside a board column: a fractional `position` (smaller = higher). A tier move
// puts the card on top (position = −epoch seconds); a reorder puts it between two neighbours,
// writing one row. Pure.

export const POSITION_STEP = 1;

/**
 * A position strictly between the card above and the card below (either may be missing: top or
 * bottom of the column). null when no float fits between them — the column must be renumbered.
 */
export function positionBetween(above: number | null, below: number | null): number | null {
  if (above !== null && below !== null && !(above < below)) return null;
  if (above === null && below === null) return 0;
  if (above === null) return below! - POSITION_STEP;
  if (below === null) return above + POSITION_STEP;
  const mid = above + (below - above) / 2;
  return mid > above && mid < below ? mid : null;
}

/** Evenly spaced positions for a column of `n` cards, keeping their order (the renumbering fallback). */
export const renumbered = (n: number): number[] => Array.from({ length: n }, (_, i) => i * POSITION_STEP);
