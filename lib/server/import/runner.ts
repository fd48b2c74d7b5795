import 'server-only';
import { createReadStream } from 'node:fs';
import type pg from 'pg';
import { isBlankRecord } from '@/lib/domain/import/csv';
import { normalizeLeadRow, type LeadRow } from '@/lib/domain/leads/row';
import { db } from '@/lib/db/client';
import { connectForJob, pgPool } from '@/lib/db/pg';
import {
  claimImportBatch,
  clearImportRowErrors,
  committedImportChunks,
  failImportBatch,
  finishImportBatch,
  importOwnerLocale,
  recordImportChunk,
  recordImportProgress,
  requeueImportBatch,
  resumableImportBatches,
  setImportBatchTotal,
  type ClaimedBatch,
} from '@/lib/db/queries/import-batches';
import { insertRowErrors, upsertLeadChunk, type RowErrorInsert } from '@/lib/db/queries/leads';
import { isConnectionLoss } from '@/lib/db/errors';
import { isLocale, type Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { audit } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { logger } from '@/lib/server/logger';
import { startPeopleImportJob } from './people-runner';
import { startPipelineImportJob } from './pipeline-runner';
import { inspectFile, readRecords } from './source';
import { dropUpload, localUpload } from './storage';

// The import job. Its whole state is the ImportBatch row: a job is claimed with a lease
// (status RUNNING + heartbeatAt), so it is not tied to the request that started it, the page
// can poll it after a reload, and a job whose server died is picked up again. Rows stream through
// parse → normalise → in-file dedupe → one unnest upsert per CHUNK rows. In a real run each chunk
// commits in ONE transaction with its row errors and an ImportChunk row holding what it wrote, so
// a resumed job (the file is re-read the same way: chunk n is the same rows) skips the chunks
// already committed and adds their recorded counts: rows written before a crash count as created,
// never as "skipped". A lost database connection puts the job back in the queue (any instance
// resumes it) instead of failing it.

const CHUNK = 5_000;
export const LEASE_SECONDS = 30;
const running = new Set<string>();

/** Run one queued batch to the end (no-op if another worker holds it). */
export async function runImport(batchId: string): Promise<void> {
  if (running.has(batchId)) return;
  running.add(batchId);
  try {
    const batch = await claimImportBatch(pgPool, batchId, LEASE_SECONDS);
    if (!batch) return;
    // a dry run starts over (its row errors were written outside its rolled-back transaction);
    // a real run keeps the errors committed with its chunks
    if (batch.dryRun) await clearImportRowErrors(pgPool, batchId);
    const saved = await importOwnerLocale(db, batch.createdById);
    const locale: Locale = isLocale(saved) ? saved : 'ko';
    try {
      await processBatch(batch, locale);
    } catch (e) {
      if (isConnectionLoss(e)) {
        logger.warn({ err: e, batchId }, 'import lost its database connection; queued again');
        await requeueImportBatch(pgPool, batchId).catch(() => undefined); // if this fails too, the lease runs out
        return;
      }
      const key = e instanceof DomainError ? e.key : 'generic';
      if (!(e instanceof DomainError)) logger.error({ err: e, batchId }, 'import failed');
      await failImportBatch(pgPool, batchId, translateError(locale, key));
    }
  } finally {
    running.delete(batchId);
  }
}

/** Rows for the progress bar: line breaks in the raw bytes (fast; quoted newlines make it an upper bound, corrected at the end). */
export async function estimateRows(path: string, info: Awaited<ReturnType<typeof inspectFile>>): Promise<number | null> {
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

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  const key = batch.filePath;
  const path = await localUpload(key);
  const mapping = batch.mapping ?? {};
  let info;
  try {
    info = await inspectFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
    throw e;
  }
  const total = await estimateRows(path, info);
  await setImportBatchTotal(pgPool, batch.id, total, info.encoding);

  const msg = (reason: string) => translateError(locale, `leads.rowErrors.${reason}`);
  // a real run writes on two connections (one chunk upserting while the next is written and the
  // one after is parsed); a dry run is one transaction, so one connection
  const writers: pg.PoolClient[] = [await connectForJob(pgPool)];
  if (!batch.dryRun) writers.push(await connectForJob(pgPool));
  let turn = 0;
  const counts = { processed: 0, created: 0, updated: 0, skipped: 0, failed: 0 };
  const seen = new Set<string>();
  let headers: string[] | null = null;
  let pending: LeadRow[] = [];
  let errors: RowErrorInsert[] = [];
  let inflight: Promise<void>[] = [];
  const state = { truncated: false };
  let broken = false;

  // chunks an earlier attempt of this job committed (empty for a dry run: its writes were rolled back)
  const committed = batch.dryRun ? new Map() : await committedImportChunks(pgPool, batch.id);
  let nextSeq = 0;
  const flush = async (seq: number, rows: LeadRow[], errs: RowErrorInsert[], processed: number) => {
    const done = committed.get(seq);
    let r: { created: number; updated: number; skipped: number };
    if (done) r = done;
    else if (batch.dryRun) {
      r = await writeChunk(writers[0]!, rows);
      await insertRowErrors(pgPool, batch.id, errs);
    } else {
      const w = writers[turn++ % writers.length]!;
      await w.query('BEGIN');
      try {
        r = await writeChunk(w, rows);
        await insertRowErrors(w, batch.id, errs);
        await recordImportChunk(w, batch.id, seq, r);
        await w.query('COMMIT');
      } catch (e) {
        await w.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    }
    counts.created += r.created;
    counts.updated += r.updated;
    counts.skipped += r.skipped;
    await recordImportProgress(pgPool, batch.id, processed, counts);
  };
  const writeChunk = async (w: pg.PoolClient, rows: LeadRow[]) => {
    rows.sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : 1)); // one lock order across concurrent chunks: no deadlock
    const u = await upsertLeadChunk(w, rows, batch.id);
    return { ...u, skipped: rows.length - u.created - u.updated }; // matched, nothing new to fill
  };

  try {
    if (batch.dryRun) await writers[0]!.query('BEGIN'); // a dry run writes nothing: everything below is rolled back
    for await (const recs of readRecords(path, info, state)) {
      for (const rec of recs) {
        if (isBlankRecord(rec.cells)) continue;
        if (!headers) {
          headers = rec.cells.map((h) => h.trim());
          continue;
        }
        counts.processed++;
        if (rec.error) {
          counts.failed++;
          errors.push({ row: rec.row, column: null, message: msg(rec.error) });
          continue;
        }
        const n = normalizeLeadRow(rec.cells, mapping);
        if (!n.ok) {
          counts.failed++;
          for (const e of n.error) {
            const col = e.field ? mapping[e.field] : null;
            errors.push({
              row: rec.row,
              column: col === null || col === undefined ? null : (headers[col] ?? null),
              message: msg(e.reason),
            });
          }
          continue;
        }
        if (seen.has(n.value.dedupeKey)) {
          counts.skipped++; // the same lead twice in one chunk: the first row wins
          continue;
        }
        seen.add(n.value.dedupeKey);
        pending.push(n.value);
        if (pending.length >= CHUNK) {
          // memory stays flat for a 1M-row file: keys are only remembered per chunk; a repeat in a
          // later chunk meets its first row in the database (fills its empty fields or is skipped)
          seen.clear();
          const rows = pending;
          const errs = errors;
          const processed = counts.processed;
          pending = [];
          errors = [];
          if (inflight.length >= writers.length) await inflight.shift(); // at most one write per connection
          const p = flush(nextSeq++, rows, errs, processed);
          p.catch(() => undefined); // awaited below; this only keeps a failure from being "unhandled" meanwhile
          inflight.push(p);
        }
      }
    }
    if (!headers) throw new DomainError('UNPROCESSABLE', 'leads.errors.emptyFile');
    await Promise.all(inflight);
    inflight = [];
    await flush(nextSeq++, pending, errors, counts.processed);
    if (counts.processed === 0) throw new DomainError('UNPROCESSABLE', 'leads.errors.headerOnly');
    if (batch.dryRun) await writers[0]!.query('ROLLBACK');
  } catch (e) {
    await Promise.allSettled(inflight);
    if (batch.dryRun) await writers[0]!.query('ROLLBACK').catch(() => undefined);
    broken = true;
    throw e;
  } finally {
    for (const w of writers) w.release(broken); // after a failure the connections are closed, not reused (one may be dead)
  }

  const message = state.truncated ? translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 }) : null;
  await db.$transaction(async (tx) => {
    await finishImportBatch(tx, batch.id, counts, message, { forgetFile: !batch.dryRun, uploadKey: key });
    // one audit row per import that changed leads (a no-op re-import leaves no trace but its batch)
    if (!batch.dryRun && counts.created + counts.updated > 0) {
      await audit(tx, {
        actorId: batch.createdById,
        action: 'lead.import',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { fileName: batch.fileName, ...counts },
      });
    }
  });
  if (!batch.dryRun && key) await dropUpload(key);
}

/** Start a queued batch in this process, detached from the request. */
export function startImportJob(batchId: string) {
  setImmediate(() => {
    runImport(batchId).catch((err) => logger.error({ err, batchId }, 'import job crashed'));
  });
}

/** Pick up queued batches and those whose worker died (lease expired). Called at server start and periodically. */
export async function resumeImports() {
  for (const b of await resumableImportBatches(pgPool, LEASE_SECONDS)) {
    if (b.kind === 'PIPELINE') startPipelineImportJob(b.id);
    else if (b.kind === 'PEOPLE') startPeopleImportJob(b.id);
    else if (!running.has(b.id)) startImportJob(b.id);
  }
}
