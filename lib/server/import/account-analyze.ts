import 'server-only';
import {
  autoMapAccountImport,
  blockingAccountImportProblems,
  checkAccountImportMapping,
  normalizeAccountImportRow,
  type AccountImportField,
  type AccountImportHeaderProblem,
  type AccountImportMapping,
} from '@/lib/domain/accounts/import';
import { accountImportRefs } from './account-runner';
import { analyzeHead, type HeadAnalysis } from './preview';

export type AccountImportAnalysis = HeadAnalysis<
  AccountImportMapping,
  AccountImportHeaderProblem | { code: 'mappingDuplicate' | 'mappingOutOfRange' },
  AccountImportField
>;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export function analyzeAccountFile(path: string, mapping?: AccountImportMapping): Promise<AccountImportAnalysis> {
  return analyzeHead(path, mapping, {
    autoMap: autoMapAccountImport,
    keepHeaderProblem: (p) => p.code !== 'missingColumn',
    checkMapping: checkAccountImportMapping,
    blocking: blockingAccountImportProblems,
    rowRules: async () => {
      const refs = await accountImportRefs();
      return (cells, m) => normalizeAccountImportRow(cells, m, refs);
    },
  });
}
