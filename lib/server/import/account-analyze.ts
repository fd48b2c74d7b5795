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
import { type FileInfo, readFileHead } from './source';

export type AccountPreviewRow = { row: number; cells: string[]; errors: { field: AccountImportField | null; reason: string }[] };
export type AccountImportAnalysis = {
  info: FileInfo;
  headers: string[];
  autoMapping: AccountImportMapping;
  problems: (AccountImportHeaderProblem | { code: 'mappingDuplicate' | 'mappingOutOfRange' })[];
  preview: AccountPreviewRow[];
  hasData: boolean;
};

const PREVIEW_ROWS = 20;

/** The header and the first rows, each checked by the row rules with the (corrected) mapping. */
export async function analyzeAccountFile(path: string, mapping?: AccountImportMapping): Promise<AccountImportAnalysis> {
  const { info, headers, data } = await readFileHead(path, PREVIEW_ROWS);
  const auto = autoMapAccountImport(headers);
  const used = mapping ?? auto.mapping;
  const problems: AccountImportAnalysis['problems'] = mapping
    ? [
        ...auto.problems.filter((p) => p.code !== 'missingColumn'),
        ...checkAccountImportMapping(mapping, headers.length),
        ...blockingAccountImportProblems(headers, mapping)
          .filter((c) => c === 'mappingDuplicate' || c === 'mappingOutOfRange')
          .map((code) => ({ code })),
      ]
    : auto.problems;
  const refs = await accountImportRefs();
  const preview = data.map((r) => {
    if (r.error) return { row: r.row, cells: r.cells, errors: [{ field: null, reason: r.error }] };
    const n = normalizeAccountImportRow(r.cells, used, refs);
    return { row: r.row, cells: r.cells, errors: n.ok ? [] : n.error };
  });
  return { info, headers, autoMapping: auto.mapping, problems, preview, hasData: data.length > 0 };
}
