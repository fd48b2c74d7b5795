import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { blockingAccountImportProblems, checkAccountImportMapping, type AccountImportMapping } from '@/lib/domain/accounts/import';
import type { StartAccountImportInput } from '@/lib/validation/accounts';
import { assertCan } from '@/lib/server/authorize';
import { analyzeAccountFile, type AccountImportAnalysis } from '@/lib/server/import/account-analyze';
import { startAccountImportJob } from '@/lib/server/import/account-runner';
import { previewImportBatch, startImportBatch, type ImportSteps } from '@/lib/server/import/start-batch';
import { uploadImportBatch, type UploadInput } from '@/lib/server/import/upload-batch';

// Accounts + contacts import (/accounts/import, POST /api/v1/accounts/import): the same three
// steps as the lead, pipeline and people imports — upload (a draft batch, kind ACCOUNT), preview
// with a corrected mapping, start (dry run or real) as a background job. Accounts are shared by the
// sales team, so the permission is 'account:edit' (the one that creates and edits them by hand).

/** Store an accounts file (CSV/XLSX) and read its header and first rows: a draft batch, not started. */
export async function uploadAccountImport(db: Db, session: AppSession, input: UploadInput) {
  assertCan(session, 'account:edit');
  return uploadImportBatch(db, session, 'ACCOUNT', input, (path) => analyzeAccountFile(path));
}

const ACCOUNT_IMPORT: ImportSteps<AccountImportMapping, AccountImportAnalysis> = {
  kind: 'ACCOUNT',
  analyze: analyzeAccountFile,
  blocking: blockingAccountImportProblems,
  check: checkAccountImportMapping,
  problems: 'accounts.import.problems',
  startJob: startAccountImportJob,
};

/** The wizard's preview with a corrected mapping: each of the first rows with its cells' errors. */
export async function previewAccountImport(db: Db, session: AppSession, input: { batchId: string; mapping: AccountImportMapping }) {
  assertCan(session, 'account:edit');
  return previewImportBatch(db, ACCOUNT_IMPORT, input);
}

/**
 * Queue the job (dry run or real). A draft batch starts in place; a finished dry run's file is
 * imported again as a NEW batch. A mapping without the 고객사명 column is refused (422).
 */
export async function startAccountImport(db: DbClient, session: AppSession, input: StartAccountImportInput) {
  assertCan(session, 'account:edit');
  return startImportBatch(db, session, ACCOUNT_IMPORT, input);
}
