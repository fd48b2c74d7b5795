import 'server-only';
import {
  autoMapPeople,
  blockingPeopleProblems,
  checkPeopleMapping,
  normalizePersonRow,
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
