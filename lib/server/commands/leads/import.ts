import 'server-only';
import { uploadImportBatch, type UploadInput } from '@/lib/server/import/upload-batch';
import { findImportBatch, importRowErrorsAfter, listImportRowErrors, listLeadImportBatches } from '@/lib/db/queries/import-batches';
import { queueImportRun } from '@/lib/server/import/start-batch';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import type { ColumnMapping } from '@/lib/domain/import/headers';
import { csvLine } from '@/lib/domain/format/csv';
import { DomainError, forbidden, notFound } from '@/lib/server/errors';
import { can } from '@/lib/auth/permissions';
import { analyzeFile, blockingProblems } from '@/lib/server/import/analyze';
import { startImportJob } from '@/lib/server/import/runner';
import { localUpload } from '@/lib/server/import/storage';
import { assertCan } from '@/lib/server/authorize';
import type { ImportStatusView } from '@/lib/domain/import/status';

// Import commands: upload (stored + analysed, a draft batch), preview with a corrected mapping,
// start (dry run or real), status, history, error file. The page's actions and
// POST /api/v1/leads/import call these. Only 'lead:import' roles reach them (wrapper check).

export type { ImportStatusView };

/** Store the upload, read its header and first rows; creates a draft batch (not started). */
export async function uploadImport(db: Db, session: AppSession, input: UploadInput) {
  assertCan(session, 'lead:import');
  return uploadImportBatch(db, session, 'LEAD', input, (path) => analyzeFile(path));
}

async function loadBatch(db: Db, batchId: string) {
  const b = await findImportBatch(db, batchId);
  if (!b) throw notFound();
  return b;
}

export async function previewImport(db: Db, session: AppSession, input: { batchId: string; mapping: ColumnMapping }) {
  assertCan(session, 'lead:import');
  const b = await loadBatch(db, input.batchId);
  return analyzeFile(await localUpload(b.filePath), input.mapping);
}

/**
 * Queue the job. A draft batch is started in place; a finished dry run's file is imported
 * again as a NEW batch (each run keeps its own counts in the history).
 */
export async function startImport(db: DbClient, session: AppSession, input: { batchId: string; mapping: ColumnMapping; dryRun: boolean }) {
  assertCan(session, 'lead:import');
  const b = await loadBatch(db, input.batchId);
  return queueImportRun(db, session, b, input, {
    analyze: analyzeFile,
    blocking: blockingProblems,
    refuse: (problems) => new DomainError('UNPROCESSABLE', `leads.errors.${problems[0]}`, { details: { problems } }),
    start: startImportJob,
  });
}

const STATUS = { PENDING: 'pending', RUNNING: 'running', DONE: 'done', FAILED: 'failed' } as const;

/** A batch is read with the permission of its kind: leads 'lead:import', pipeline sheets 'opportunity:import', people 'users:manage', accounts 'account:edit'. */
const KIND_PERMISSION = { LEAD: 'lead:import', PIPELINE: 'opportunity:import', PEOPLE: 'users:manage', ACCOUNT: 'account:edit' } as const;
async function loadBatchFor(db: Db, session: AppSession, batchId: string) {
  if (!Object.values(KIND_PERMISSION).some((p) => can(session.roles, p))) throw forbidden();
  const b = await loadBatch(db, batchId);
  assertCan(session, KIND_PERMISSION[b.kind as keyof typeof KIND_PERMISSION] ?? 'lead:import');
  return b;
}

export async function getImportStatus(db: Db, session: AppSession, batchId: string, errorLimit = 100): Promise<ImportStatusView> {
  const b = await loadBatchFor(db, session, batchId);
  const errors = await listImportRowErrors(db, batchId, errorLimit);
  return {
    batchId: b.id,
    status: STATUS[b.status],
    dryRun: b.dryRun,
    processed: b.processed,
    total: b.total,
    created: b.created,
    updated: b.updated,
    skipped: b.skipped,
    failed: b.failed,
    message: b.message,
    errors: errors.map((e) => ({ row: e.row, ...(e.column ? { column: e.column } : {}), message: e.message })),
  };
}

export async function listImportBatches(db: Db, session: AppSession, take = 30) {
  assertCan(session, 'lead:import');
  return listLeadImportBatches(db, take);
}

/** The error file as a stream of CSV lines (BOM so Excel opens Korean text as UTF-8). Keyset over ids. */
export async function importErrorsCsv(db: Db, session: AppSession, batchId: string): Promise<ReadableStream<Uint8Array>> {
  await loadBatchFor(db, session, batchId);
  const enc = new TextEncoder();
  const header = session.locale === 'en' ? ['row', 'column', 'reason'] : ['행', '열', '사유'];
  let after: bigint | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode('\uFEFF' + csvLine(header) + '\r\n'));
      }
      const rows = await importRowErrorsAfter(db, batchId, after, 5000);
      if (!rows.length) {
        controller.close();
        return;
      }
      after = rows.at(-1)!.id;
      controller.enqueue(enc.encode(rows.map((r) => csvLine([r.row, r.column, r.message]) + '\r\n').join('')));
    },
  });
}
