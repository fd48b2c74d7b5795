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
