import 'server-only';
import {
  autoMapPeople,
  checkPeopleMapping,
  normalizePersonRow,
  PEOPLE_FIELDS,
  type PeopleField,
  type PeopleHeaderProblem,
  type PeopleMapping,
} from '@/lib/domain/people/import';
import { type FileInfo, readFileHead } from './source';

export type PeoplePreviewRow = { row: number; cells: string[]; errors: { field: PeopleField | null; reason: string }[] };
export type PeopleAnalysis = {
  info: FileInfo;
  headers: string[];
  autoMapping: PeopleMapping;
  problems: (PeopleHeaderProblem | { code: 'mappingDuplicate' | 'mappingOutOfRange' })[];
  preview: PeoplePreviewRow[];
  hasData: boolean;
};

const PREVIEW_ROWS = 20;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export async function analyzePeopleFile(path: string, mapping?: PeopleMapping): Promise<PeopleAnalysis> {
  const { info, headers, data } = await readFileHead(path, PREVIEW_ROWS);
  const auto = autoMapPeople(headers);
  const used = mapping ?? auto.mapping;
  const problems: PeopleAnalysis['problems'] = mapping
    ? [
        ...auto.problems.filter((p) => p.code !== 'missingColumn'),
        ...checkPeopleMapping(mapping, headers.length),
        ...blockingPeopleProblems(headers, mapping)
          .filter((c) => c === 'mappingDuplicate' || c === 'mappingOutOfRange')
          .map((code) => ({ code })),
      ]
    : auto.problems;
  const preview = data.map((r) => {
    if (r.error) return { row: r.row, cells: r.cells, errors: [{ field: null, reason: r.error }] };
    const n = normalizePersonRow(r.cells, used);
    return { row: r.row, cells: r.cells, errors: n.ok ? [] : n.error };
  });
  return { info, headers, autoMapping: auto.mapping, problems: dedupe(problems), preview, hasData: data.length > 0 };
}

const dedupe = <T extends { code: string; column?: string }>(ps: T[]) => {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(`${p.code}:${p.column ?? ''}`) && !!seen.add(`${p.code}:${p.column ?? ''}`));
};

/** Problems that stop a people import with this mapping. */
export function blockingPeopleProblems(
  headers: string[],
  mapping: PeopleMapping,
): ('emptyHeader' | 'missingColumn' | 'mappingDuplicate' | 'mappingOutOfRange')[] {
  const out = new Set<'emptyHeader' | 'missingColumn' | 'mappingDuplicate' | 'mappingOutOfRange'>();
  if (!headers.length || headers.every((h) => !h)) out.add('emptyHeader');
  if (checkPeopleMapping(mapping, headers.length).length) out.add('missingColumn');
  const cols = PEOPLE_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== null && c !== undefined);
  if (new Set(cols).size !== cols.length) out.add('mappingDuplicate');
  if (cols.some((c) => c >= headers.length)) out.add('mappingOutOfRange');
  return [...out];
}
