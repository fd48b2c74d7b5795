// A tier review as tables (SPEC §2): the movement matrix flattened to one row per rep and previous
// tier (the page's matrix table and the XLSX sheet use the same rows), the whole scope's matrix,
// and per rep the movement and the decisions taken — the one-page print summary.

import { MATRIX_KEYS, type MatrixCell, type MatrixKey, type RepMatrix } from './review';
import type { ReviewDecisionKind } from './review-decision';

export const MATRIX_FROM_KEYS = ['NEW', ...MATRIX_KEYS] as const;
export type MatrixFromKey = (typeof MATRIX_FROM_KEYS)[number];

export type MatrixRow = {
  /** `${ownerId}:${from}` (or `all:${from}` for the scope's matrix) */
  id: string;
  ownerId: string | null;
  ownerName: string;
  from: MatrixFromKey;
  cells: Partial<Record<MatrixKey, Pick<MatrixCell, 'count' | 'direction'>>>;
  total: number;
};

type NamedMatrix = RepMatrix & { ownerName: string };

function rowsOf(ownerId: string | null, ownerName: string, cells: readonly MatrixCell[]): MatrixRow[] {
  return MATRIX_FROM_KEYS.flatMap((from) => {
    const mine = cells.filter((c) => c.from === from);
    if (!mine.length) return [];
    const row: MatrixRow = { id: `${ownerId ?? 'all'}:${from}`, ownerId, ownerName, from, cells: {}, total: 0 };
    for (const c of mine) {
      const prev = row.cells[c.to];
      row.cells[c.to] = { count: (prev?.count ?? 0) + c.count, direction: c.direction };
      row.total += c.count;
    }
    return [row];
  });
}

/** One row per rep and previous tier ('NEW' first, then T4…T1, then the closed outcomes), reps in the given order. */
export function matrixRows(matrix: readonly NamedMatrix[]): MatrixRow[] {
  return matrix.flatMap((m) => rowsOf(m.ownerId, m.ownerName, m.cells));
}

/** The scope's matrix: every rep's cells added up, one row per previous tier. */
export function scopeMatrixRows(matrix: readonly RepMatrix[], label: string): MatrixRow[] {
  return rowsOf(
    null,
    label,
    matrix.flatMap((m) => m.cells),
  );
}

export type RepSummary = {
  ownerId: string;
  ownerName: string;
  up: number;
  down: number;
  same: number;
  added: number;
  decided: Record<ReviewDecisionKind, number>;
  undecided: number;
  stagnant: boolean;
};

type SummaryItem = { ownerId: string; decision: ReviewDecisionKind | null; outcome: string };

/** Per rep: the movement (from the matrix) and the decisions taken; undecided counts only deals open in the snapshot. */
export function repSummaries(matrix: readonly NamedMatrix[], items: readonly SummaryItem[], stagnantIds: readonly string[]): RepSummary[] {
  const stuck = new Set(stagnantIds);
  const byOwner = new Map<string, SummaryItem[]>();
  for (const i of items) byOwner.set(i.ownerId, [...(byOwner.get(i.ownerId) ?? []), i]);
  return matrix.map((m) => {
    const mine = byOwner.get(m.ownerId) ?? [];
    const decided = { ADVANCE: 0, HOLD: 0, DOWNGRADE: 0, DROP: 0 } as Record<ReviewDecisionKind, number>;
    let undecided = 0;
    for (const i of mine) {
      if (i.decision) decided[i.decision]++;
      else if (i.outcome === 'OPEN') undecided++;
    }
    return {
      ownerId: m.ownerId,
      ownerName: m.ownerName,
      up: m.up,
      down: m.down,
      same: m.same,
      added: m.added,
      decided,
      undecided,
      stagnant: stuck.has(m.ownerId),
    };
  });
}

/**
 * How much the one-page print shrinks: the sheet holds about `fit` table rows at full size (A4
 * landscape, 7pt); more rows scale it down (never below 0.35, where 6.5pt text is still legible in
 * a zoomed PDF) — the rep summary always keeps every rep.
 */
export function reviewPrintScale(tableRows: number, fit = 34): number {
  if (tableRows <= fit) return 1;
  return Math.max(0.35, Math.floor((fit / tableRows) * 100) / 100);
}
