import 'server-only';
import {
  autoMapHeaders,
  checkMapping,
  duplicateTargets,
  LEAD_FIELDS,
  type ColumnMapping,
  type HeaderProblem,
  type LeadField,
} from '@/lib/domain/import/headers';
import { normalizeLeadRow } from '@/lib/domain/leads/row';
import { type FileInfo, readFileHead } from './source';

export type PreviewRow = { row: number; cells: string[]; errors: { field: LeadField | null; reason: string }[] };
export type Analysis = {
  info: FileInfo;
  headers: string[];
  autoMapping: ColumnMapping;
  problems: HeaderProblem[];
  preview: PreviewRow[];
  hasData: boolean;
};

const PREVIEW_ROWS = 20;

/** Read the header and the first rows only (the file is not read to the end). */
export async function analyzeFile(path: string, mapping?: ColumnMapping): Promise<Analysis> {
  const { info, headers, data } = await readFileHead(path, PREVIEW_ROWS);
  const auto = autoMapHeaders(headers);
  const used = mapping ?? auto.mapping;
  const problems = mapping
    ? [...auto.problems.filter((p) => p.code === 'duplicateHeader' || p.code === 'emptyHeader'), ...checkMapping(mapping, headers.length)]
    : auto.problems;
  const preview = data.map((r) => {
    if (r.error) return { row: r.row, cells: r.cells, errors: [{ field: null, reason: r.error }] };
    const n = normalizeLeadRow(r.cells, used);
    return { row: r.row, cells: r.cells, errors: n.ok ? [] : n.error };
  });
  return { info, headers, autoMapping: auto.mapping, problems, preview, hasData: data.length > 0 };
}

/** Problems that stop an import with this mapping (duplicate header names only warn). */
export function blockingProblems(headers: string[], mapping: ColumnMapping): string[] {
  const out: string[] = [];
  if (!headers.length || headers.every((h) => !h)) out.push('emptyHeader');
  if (checkMapping(mapping, headers.length).length) out.push('noKeyColumn');
  if (duplicateTargets(mapping).length) out.push('mappingDuplicate');
  for (const f of LEAD_FIELDS) {
    const c = mapping[f];
    if (c !== null && c !== undefined && c >= headers.length) out.push('mappingOutOfRange');
  }
  return [...new Set(out)];
}
