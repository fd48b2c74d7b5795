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
import { analyzeHead, type HeadAnalysis } from './preview';

export type PeopleAnalysis = HeadAnalysis<
  PeopleMapping,
  PeopleHeaderProblem | { code: 'mappingDuplicate' | 'mappingOutOfRange' },
  PeopleField
>;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export async function analyzePeopleFile(path: string, mapping?: PeopleMapping): Promise<PeopleAnalysis> {
  const a = await analyzeHead<PeopleMapping, PeopleAnalysis['problems'][number], PeopleField>(path, mapping, {
    autoMap: autoMapPeople,
    keepHeaderProblem: (p) => p.code !== 'missingColumn',
    checkMapping: checkPeopleMapping,
    blocking: blockingPeopleProblems,
    rowRules: () => normalizePersonRow,
  });
  return { ...a, problems: dedupe(a.problems) };
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
