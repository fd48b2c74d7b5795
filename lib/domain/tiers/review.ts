// The tier review (SPEC §2): a movement matrix (previous tier × current tier per rep: up green,
// down red, unchanged yellow) and the reps whose tiers did not move for N reviews.

import { directionOf, type Outcome } from './tiers';

export type ReviewItemFacts = {
  ownerId: string;
  previousTier: number | null;
  previousOutcome?: Outcome | null;
  currentTier: number;
  outcome: Outcome;
};

/** Column keys: open tiers and Tier 0 split by outcome. */
export const MATRIX_KEYS = ['4', '3', '2', '1', 'WON', 'LOST', 'NO_BID', 'DROPPED'] as const;
export type MatrixKey = (typeof MATRIX_KEYS)[number];
export const keyOf = (tier: number, outcome: Outcome): MatrixKey => (tier === 0 ? (outcome as MatrixKey) : (String(tier) as MatrixKey));

export type MatrixCell = { from: MatrixKey | 'NEW'; to: MatrixKey; count: number; direction: 'up' | 'down' | 'same' | 'new' };
export type RepMatrix = { ownerId: string; cells: MatrixCell[]; up: number; down: number; same: number; added: number };

export function buildMovementMatrix(items: readonly ReviewItemFacts[]): RepMatrix[] {
  const byOwner = new Map<string, Map<string, MatrixCell>>();
  for (const it of items) {
    const prevOutcome: Outcome = it.previousOutcome ?? (it.previousTier === 0 ? 'LOST' : 'OPEN');
    const from = it.previousTier === null ? null : { tier: it.previousTier, outcome: prevOutcome };
    const to = { tier: it.currentTier, outcome: it.outcome };
    const fromKey = from ? keyOf(from.tier, from.outcome) : ('NEW' as const);
    const toKey = keyOf(to.tier, to.outcome);
    const cells = byOwner.get(it.ownerId) ?? new Map<string, MatrixCell>();
    byOwner.set(it.ownerId, cells);
    const k = `${fromKey}>${toKey}`;
    const cell = cells.get(k) ?? { from: fromKey, to: toKey, count: 0, direction: directionOf(from, to) };
    cell.count++;
    cells.set(k, cell);
  }
  return [...byOwner.entries()].map(([ownerId, cells]) => {
    const list = [...cells.values()];
    const sum = (d: MatrixCell['direction']) => list.filter((c) => c.direction === d).reduce((s, c) => s + c.count, 0);
    return { ownerId, cells: list, up: sum('up'), down: sum('down'), same: sum('same'), added: sum('new') };
  });
}

/** Per review of a chain (0 = newest) and rep: did none of the rep's deals move in it ("still")? */
export type RepReviewFlag = { reviewIndex: number; ownerId: string; still: boolean };

/** The flags of a chain's reviews (newest first): a rep is still in a review when every item of theirs kept its tier. */
export function repReviewFlags(reviewsNewestFirst: readonly (readonly ReviewItemFacts[])[]): RepReviewFlag[] {
  return reviewsNewestFirst.flatMap((items, reviewIndex) => {
    const still = new Map<string, boolean>();
    for (const i of items)
      still.set(i.ownerId, (still.get(i.ownerId) ?? true) && i.previousTier !== null && i.previousTier === i.currentTier);
    return [...still].map(([ownerId, s]) => ({ reviewIndex, ownerId, still: s }));
  });
}

/**
 * The rule: reps still in each of the last `n` reviews of a chain that has at least `n` reviews
 * (`reviewCount`); a review counts for a rep only when the rep had items in it. Sorted ids.
 */
export function stagnantFromFlags(flags: readonly RepReviewFlag[], reviewCount: number, n: number): string[] {
  if (n < 1 || reviewCount < n) return [];
  const stillIn = new Map<string, Set<number>>();
  const moved = new Set<string>();
  for (const f of flags) {
    if (f.reviewIndex >= n) continue;
    if (!f.still) moved.add(f.ownerId);
    else stillIn.set(f.ownerId, (stillIn.get(f.ownerId) ?? new Set()).add(f.reviewIndex));
  }
  return [...stillIn]
    .filter(([owner, reviews]) => !moved.has(owner) && reviews.size === n)
    .map(([owner]) => owner)
    .sort();
}

/**
 * Reps whose tiers did not move in each of the last `n` reviews (newest first). A review counts
 * for a rep only when the rep had items in it; a rep with fewer than `n` reviews is not named.
 */
export function stagnantReps(reviewsNewestFirst: readonly (readonly ReviewItemFacts[])[], n: number): string[] {
  return stagnantFromFlags(repReviewFlags(reviewsNewestFirst.slice(0, n)), reviewsNewestFirst.length, n);
}
