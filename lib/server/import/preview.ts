import 'server-only';
import { type FileInfo, readFileHead } from './source';

// Every import kind's preview (the wizard's second step and its "다시 확인"): the header and the
// first rows only (the file is not read to the end), each row checked by the kind's row rules with
// the corrected mapping, else the automatic one.

const PREVIEW_ROWS = 20;

export type PreviewRow<F> = { row: number; cells: string[]; errors: { field: F | null; reason: string }[] };
export type HeadAnalysis<M, P, F> = {
  info: FileInfo;
  headers: string[];
  autoMapping: M;
  problems: P[];
  preview: PreviewRow<F>[];
  hasData: boolean;
};

export type PreviewRules<M, P extends { code: string }, F> = {
  autoMap: (headers: string[]) => { mapping: M; problems: P[] };
  /** with a corrected mapping: which of the header's own problems still stand */
  keepHeaderProblem: (p: P) => boolean;
  /** with a corrected mapping: its problems */
  checkMapping: (mapping: M, columns: number) => P[];
  /** with a corrected mapping: the kind's blocking problems, of which the preview lists duplicate and out-of-range columns */
  blocking?: (headers: string[], mapping: M) => readonly string[];
  /** the row rules (with the reference data they look up, loaded once) */
  rowRules: () =>
    | Promise<(cells: string[], mapping: M) => { ok: true } | { ok: false; error: { field: F | null; reason: string }[] }>
    | ((cells: string[], mapping: M) => { ok: true } | { ok: false; error: { field: F | null; reason: string }[] });
};

export async function analyzeHead<M, P extends { code: string }, F>(
  path: string,
  mapping: M | undefined,
  rules: PreviewRules<M, P, F>,
): Promise<HeadAnalysis<M, P, F>> {
  const { info, headers, data } = await readFileHead(path, PREVIEW_ROWS);
  const auto = rules.autoMap(headers);
  const used = mapping ?? auto.mapping;
  const problems = mapping
    ? [
        ...auto.problems.filter(rules.keepHeaderProblem),
        ...rules.checkMapping(mapping, headers.length),
        ...((rules.blocking?.(headers, mapping) ?? [])
          .filter((c) => c === 'mappingDuplicate' || c === 'mappingOutOfRange')
          .map((code) => ({ code })) as P[]),
      ]
    : auto.problems;
  const check = await rules.rowRules();
  const preview = data.map((r): PreviewRow<F> => {
    if (r.error) return { row: r.row, cells: r.cells, errors: [{ field: null, reason: r.error }] };
    const n = check(r.cells, used);
    return { row: r.row, cells: r.cells, errors: n.ok ? [] : n.error };
  });
  return { info, headers, autoMapping: auto.mapping, problems, preview, hasData: data.length > 0 };
}
