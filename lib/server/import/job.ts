import 'server-only';
import { createReadStream } from 'node:fs';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { isConnectionLoss } from '@/lib/db/errors';
import {
  claimImportBatch,
  clearImportRowErrors,
  failImportBatch,
  finishImportBatch,
  importOwnerLocale,
  requeueImportBatch,
  type BatchCounts,
  type ClaimedBatch,
} from '@/lib/db/queries/import-batches';
import { isLocale, type Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { audit } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { logger } from '@/lib/server/logger';
import { inspectFile, type FileInfo } from './source';
import { dropUpload, localUpload } from './storage';

// What every import job (leads, pipeline, people, accounts) does around its rows: its whole state
// is the ImportBatch row — claimed with a lease (status RUNNING + heartbeatAt), so a job is not
// tied to the request that started it, the page can poll it after a reload, and a job whose
// server died is picked up again. A lost database connection puts the job back in the queue (any
// instance resumes it) instead of failing it; any other failure is the batch's message.

export const LEASE_SECONDS = 30;
export type ImportKind = 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT';

const running = new Set<string>();
export const isRunningHere = (batchId: string) => running.has(batchId);

/**
 * Run one queued batch of `kind` to the end (a no-op if this process or another worker holds it).
 * `resumable`: a resumed real run keeps the row errors its committed chunks wrote; otherwise every
 * attempt starts over (so do dry runs: their row errors were written outside their rolled-back
 * transaction). `label` names the job in the log.
 */
export async function runImportJob(
  batchId: string,
  kind: ImportKind,
  opts: { label: string; resumable: boolean; requeueOnConnectionLoss: boolean },
  process: (batch: ClaimedBatch, locale: Locale) => Promise<void>,
): Promise<void> {
  if (running.has(batchId)) return;
  running.add(batchId);
  try {
    const batch = await claimImportBatch(pgPool, batchId, LEASE_SECONDS, kind);
    if (!batch) return;
    if (batch.dryRun || !opts.resumable) await clearImportRowErrors(pgPool, batchId);
    const saved = await importOwnerLocale(db, batch.createdById);
    const locale: Locale = isLocale(saved) ? saved : 'ko';
    try {
      await process(batch, locale);
    } catch (e) {
      if (opts.requeueOnConnectionLoss && isConnectionLoss(e)) {
        logger.warn({ err: e, batchId }, `${opts.label} lost its database connection; queued again`);
        await requeueImportBatch(pgPool, batchId).catch(() => undefined); // if this fails too, the lease runs out
        return;
      }
      const key = e instanceof DomainError ? e.key : 'generic';
      if (!(e instanceof DomainError)) logger.error({ err: e, batchId }, `${opts.label} failed`);
      await failImportBatch(pgPool, batchId, translateError(locale, key, e instanceof DomainError ? e.params : {}));
    }
  } finally {
    running.delete(batchId);
  }
}

/** Start a job in this process, detached from the request. */
export function startDetached(label: string, batchId: string, run: (batchId: string) => Promise<void>) {
  setImmediate(() => {
    run(batchId).catch((err) => logger.error({ err, batchId }, `${label} job crashed`));
  });
}

/** The batch's stored file as a local path, and what kind of file it is; a file that is gone is the batch's error. */
export async function openBatchFile(batch: Pick<ClaimedBatch, 'filePath'>): Promise<{ path: string; info: FileInfo }> {
  const path = await localUpload(batch.filePath); // the upload is kept in PostgreSQL; any instance rebuilds it
  try {
    return { path, info: await inspectFile(path) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
    throw e;
  }
}

/** Rows for the progress bar: line breaks in the raw bytes (fast; quoted newlines make it an upper bound, corrected at the end). */
export async function estimateRows(path: string, info: FileInfo): Promise<number | null> {
  if (info.kind !== 'csv') return null; // an XLSX would have to be inflated twice; its bar shows rows done
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  if (last !== 10) lines++; // no newline after the last row
  return Math.max(0, lines - 1);
}

/**
 * The batch is DONE with its counts, and — for a real run that changed something — one audit row
 * (a no-op re-import leaves no trace but its batch), in one transaction; then a real run's stored
 * file is let go.
 */
export async function finishImportJob(
  batch: Pick<ClaimedBatch, 'id' | 'dryRun' | 'filePath' | 'createdById'>,
  counts: BatchCounts,
  message: string | null,
  audited: { action: string; after: Record<string, unknown> },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await finishImportBatch(tx, batch.id, counts, message, { forgetFile: !batch.dryRun, uploadKey: batch.filePath });
    if (!batch.dryRun && counts.created + counts.updated > 0)
      await audit(tx, {
        actorId: batch.createdById,
        action: audited.action,
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: audited.after,
      });
  });
  if (!batch.dryRun && batch.filePath) await dropUpload(batch.filePath);
}
