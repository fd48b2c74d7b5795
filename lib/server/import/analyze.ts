import 'server-only';
import { blockingMappingProblems } from '@/lib/domain/import/columns';
import {
  autoMapHeaders,
  checkMapping,
  LEAD_FIELDS,
  type ColumnMapping,
  type HeaderProblem,
  type LeadField,
} from '@/lib/domain/import/headers';
import { normalizeLeadRow } from '@/lib/domain/leads/row';
import { analyzeHead, type HeadAnalysis } from './preview';

export type Analysis = HeadAnalysis<ColumnMapping, HeaderProblem, LeadField>;

/** Read the header and the first rows only (the file is not read to the end). */
export function analyzeFile(path: string, mapping?: ColumnMapping): Promise<Analysis> {
  return analyzeHead(path, mapping, {
    autoMap: autoMapHeaders,
    keepHeaderProblem: (p) => p.code === 'duplicateHeader' || p.code === 'emptyHeader',
    checkMapping,
    rowRules: () => normalizeLeadRow,
  });
}

/** Problems that stop an import with this mapping (duplicate header names only warn). */
export const blockingProblems = (headers: string[], mapping: ColumnMapping): string[] =>
  blockingMappingProblems(headers, LEAD_FIELDS, mapping, checkMapping(mapping, headers.length).length ? ['noKeyColumn'] : []);
