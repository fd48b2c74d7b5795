import 'server-only';
import type pg from 'pg';
import { isBlankRecord } from '@/lib/domain/import/csv';
import { connectForJob, pgPool } from '@/lib/db/pg';
import {
  committedImportChunks,
  recordImportChunk,
  recordImportProgress,
  setImportBatchTotal,
  type BatchCounts,
  type ChunkCounts,
  type ClaimedBatch,
} from '@/lib/db/queries/import-batches';
import { insertRowErrors, type RowErrorInsert } from '@/lib/db/queries/leads';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { DomainError } from '@/lib/server/errors';
import { estimateRows } from './job';
import { readRecords, type FileInfo } from './source';

// The one chunk loop of the streamed imports (leads, pipeline, accounts): records stream through
// parse → the kind's row rules → CHUNK rows per set-based write. In a real run each chunk commits
// in ONE transaction with its row errors and (when resumable) an ImportChunk row holding what it
// wrote, so a resumed job (the file is re-read the same way: chunk n is the same rows) skips the
// chunks already committed and adds their recorded counts: rows written before a crash count as
// created, never as "skipped". A dry run is one transaction on one connection, rolled back at the
// end; its row errors are written outside it so they outlive the rollback.

export const CHUNK = 5_000;

/** What a chunk's write did, and the rows it refused itself (with their Excel row numbers). */
export type ChunkWritten = ChunkCounts & { errors?: RowErrorInsert[] };

/** One data record under the kind's rules: the row to write, its errors (the row fails), or a repeat (skipped: the first row wins). */
export type RowOutcome<R> = { ok: true; value: R } | { ok: false; errors: RowErrorInsert[] } | 'repeat';

export type ChunkedImport<R> = {
  /** 2: a real run writes one chunk while the next is written and the one after is parsed (the lead import) */
  connections: 1 | 2;
  /** record each chunk beside its rows, and skip the committed ones when the job is resumed */
  resumable: boolean;
  row: (cells: string[], row: number, headers: string[]) => RowOutcome<R>;
  /** a chunk was cut (the lead import forgets its per-chunk dedupe keys) */
  onCut?: () => void;
  /** the chunk's set-based write, on the connection (and in the transaction) it is given */
  write: (w: pg.PoolClient, rows: R[], headers: string[]) => Promise<ChunkWritten>;
};

/** Stream the batch's file through `spec` in chunks; the batch's counts (and the accounts its chunks created) at the end. */
export async function writeInChunks<R>(
  batch: Pick<ClaimedBatch, 'id' | 'dryRun'>,
  file: { path: string; info: FileInfo },
  locale: Locale,
  spec: ChunkedImport<R>,
): Promise<{ counts: BatchCounts; accountsCreated: number; truncated: boolean }> {
  await setImportBatchTotal(pgPool, batch.id, await estimateRows(file.path, file.info), file.info.encoding);
  // a dry run is one transaction, so one connection
  const writers: pg.PoolClient[] = [await connectForJob(pgPool)];
  if (!batch.dryRun && spec.connections === 2) writers.push(await connectForJob(pgPool));
  let turn = 0;
  const counts = { processed: 0, created: 0, updated: 0, skipped: 0, failed: 0 };
  let accountsCreated = 0;
  let headers: string[] | null = null;
  let pending: R[] = [];
  let errors: RowErrorInsert[] = [];
  let inflight: Promise<void>[] = [];
  const state = { truncated: false };
  let broken = false;

  // chunks an earlier attempt of this job committed (none for a dry run: its writes were rolled back)
  const committed = batch.dryRun || !spec.resumable ? new Map<number, ChunkCounts>() : await committedImportChunks(pgPool, batch.id);
  let nextSeq = 0;
  const flush = async (seq: number, rows: R[], rowErrors: RowErrorInsert[], processed: number) => {
    let r = committed.get(seq);
    if (!r) {
      const w = writers[batch.dryRun ? 0 : turn++ % writers.length]!;
      if (!batch.dryRun) await w.query('BEGIN');
      try {
        const { errors: refused = [], ...written } = await spec.write(w, rows, headers!);
        r = written;
        const all = refused.length ? [...rowErrors, ...refused].sort((a, b) => a.row - b.row) : rowErrors;
        // a real run's row errors and chunk record commit with its rows; a dry run's outlive its rollback
        await insertRowErrors(batch.dryRun ? pgPool : w, batch.id, all);
        if (!batch.dryRun && spec.resumable) await recordImportChunk(w, batch.id, seq, r);
        if (!batch.dryRun) await w.query('COMMIT');
      } catch (e) {
        if (!batch.dryRun) await w.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    }
    counts.created += r.created;
    counts.updated += r.updated;
    counts.skipped += r.skipped;
    counts.failed += r.failed ?? 0;
    accountsCreated += r.accountsCreated ?? 0;
    await recordImportProgress(pgPool, batch.id, processed, counts);
  };

  try {
    if (batch.dryRun) await writers[0]!.query('BEGIN'); // a dry run writes nothing: everything below is rolled back
    for await (const recs of readRecords(file.path, file.info, state)) {
      for (const rec of recs) {
        if (isBlankRecord(rec.cells)) continue;
        if (!headers) {
          headers = rec.cells.map((h) => h.trim());
          continue;
        }
        counts.processed++;
        if (rec.error) {
          counts.failed++;
          errors.push({ row: rec.row, column: null, message: translateError(locale, `leads.rowErrors.${rec.error}`) });
          continue;
        }
        const n = spec.row(rec.cells, rec.row, headers);
        if (n === 'repeat') {
          counts.skipped++;
          continue;
        }
        if (!n.ok) {
          counts.failed++;
          errors.push(...n.errors);
          continue;
        }
        pending.push(n.value);
        if (pending.length >= CHUNK) {
          spec.onCut?.();
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
  return { counts, accountsCreated, truncated: state.truncated };
}
