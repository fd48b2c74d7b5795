import 'server-only';
import { isBlankRecord } from '@/lib/domain/import/csv';
import type { PipelineMapping } from '@/lib/domain/pipeline/headers';
import { normalizePipelineRow, type PipelineRefs } from '@/lib/domain/pipeline/row';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { db } from '@/lib/db/client';
import { connectForJob, pgPool } from '@/lib/db/pg';
import { isConnectionLoss } from '@/lib/db/errors';
import {
  clearImportRowErrors,
  committedImportChunks,
  finishImportBatch,
  recordImportChunk,
  requeueImportBatch,
  type ChunkCounts,
} from '@/lib/db/queries/import-batches';
import { insertRowErrors, type RowErrorInsert } from '@/lib/db/queries/leads';
import { loadPipelineRefs, writePipelineChunk, type StagedRow } from '@/lib/db/queries/pipeline-import';
import { isLocale, type Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { audit } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { logger } from '@/lib/server/logger';
import { getSettings } from '@/lib/server/settings';
import { estimateRows } from './runner';
import { inspectFile, readRecords } from './source';
import { dropUpload, localUpload } from './storage';

// The pipeline import job (kind PIPELINE): the lead import's machinery (ImportBatch lease, stored
// file, streamed records, ImportRowError rows with Excel row numbers), with the pipeline's row
// rules and its set-based chunk write (lib/db/queries/pipeline-import.ts). One writer connection;
// each chunk is one transaction (a dry run is one transaction rolled back at the end).

const CHUNK = 5_000;
const LEASE_SECONDS = 30;
const running = new Set<string>();

type BatchRow = {
  id: string;
  filePath: string | null;
  mapping: PipelineMapping | null;
  dryRun: boolean;
  createdById: string;
  fileName: string;
};

async function claim(batchId: string): Promise<BatchRow | null> {
  const { rows } = await pgPool.query(
    `UPDATE "ImportBatch"
        SET status = 'RUNNING', "heartbeatAt" = now(), processed = 0, created = 0, updated = 0, skipped = 0, failed = 0, message = NULL
      WHERE id = $1 AND kind = 'PIPELINE' AND mapping IS NOT NULL
        AND (status = 'PENDING' OR (status = 'RUNNING' AND "heartbeatAt" < now() - make_interval(secs => $2)))
      RETURNING id, "filePath", mapping, "dryRun", "createdById", "fileName"`,
    [batchId, LEASE_SECONDS],
  );
  return (rows[0] as BatchRow) ?? null;
}

/** Lookups for the row rules: owners by email or name (a shared name is ambiguous), categories and regions by code or name. */
export async function pipelineRefs(): Promise<PipelineRefs> {
  const [refs, settings] = await Promise.all([loadPipelineRefs(pgPool), getSettings(db)]);
  const byEmail = new Map(refs.users.map((u) => [u.email, u.id]));
  const byName = new Map<string, string>();
  for (const u of refs.users) byName.set(u.name.trim(), byName.has(u.name.trim()) ? 'ambiguous' : u.id);
  const catMap = new Map<string, string>();
  for (const c of refs.categories) for (const k of [c.code, c.nameKo, c.nameEn]) catMap.set(normalizeCompanyName(k), c.id);
  const regionMap = new Map<string, { id: string; scope: 'DOMESTIC' | 'OVERSEAS' }>();
  for (const r of refs.regions)
    for (const k of [r.code, r.nameKo, r.nameEn]) regionMap.set(normalizeCompanyName(k), { id: r.id, scope: r.scope });
  return {
    owner: (v) => byEmail.get(v.trim().toLowerCase()) ?? byName.get(v.trim()) ?? null,
    category: (v) => catMap.get(normalizeCompanyName(v)) ?? null,
    salesRegion: (v) => regionMap.get(normalizeCompanyName(v)) ?? null,
    tierRules: settings.tierRules,
  };
}

/** Today in Korea (the firm's calendar): a 티어 진입일 after it is refused. */
export const seoulToday = (now = new Date()) => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

export async function runPipelineImport(batchId: string): Promise<void> {
  if (running.has(batchId)) return;
  running.add(batchId);
  try {
    const batch = await claim(batchId);
    if (!batch) return;
    // a resumed real run keeps the row errors its committed chunks wrote beside their rows; a dry run starts over
    if (batch.dryRun) await clearImportRowErrors(pgPool, batchId);
    const user = await db.user.findUnique({ where: { id: batch.createdById }, select: { locale: true } });
    const locale: Locale = isLocale(user?.locale) ? user.locale : 'ko';
    try {
      await processBatch(batch, locale);
    } catch (e) {
      if (isConnectionLoss(e)) {
        logger.warn({ err: e, batchId }, 'pipeline import lost its database connection; queued again');
        await requeueImportBatch(pgPool, batchId).catch(() => undefined);
        return;
      }
      const key = e instanceof DomainError ? e.key : 'generic';
      if (!(e instanceof DomainError)) logger.error({ err: e, batchId }, 'pipeline import failed');
      await pgPool.query(
        `UPDATE "ImportBatch" SET status = 'FAILED', message = $2, "finishedAt" = now(), "heartbeatAt" = NULL WHERE id = $1`,
        [batchId, translateError(locale, key, e instanceof DomainError ? e.params : {})],
      );
    }
  } finally {
    running.delete(batchId);
  }
}

async function processBatch(batch: BatchRow, locale: Locale) {
  if (!batch.filePath || !batch.mapping) throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
  const path = await localUpload(batch.filePath);
  const mapping = batch.mapping;
  let info;
  try {
    info = await inspectFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
    throw e;
  }
  const total = await estimateRows(path, info);
  await pgPool.query(`UPDATE "ImportBatch" SET total = $2, encoding = $3, "heartbeatAt" = now() WHERE id = $1`, [
    batch.id,
    total,
    info.encoding,
  ]);
  const refs = await pipelineRefs();
  const now = new Date();
  const today = seoulToday(now);
  const msg = (reason: string) => translateError(locale, `pipeline.rowErrors.${reason}`);
  const client = await connectForJob(pgPool);
  const counts = { processed: 0, created: 0, updated: 0, skipped: 0, failed: 0 };
  let accountsCreated = 0;
  const seen = new Set<string>();
  let headers: string[] | null = null;
  let pending: StagedRow[] = [];
  let errors: RowErrorInsert[] = [];
  const column = (f: string | null) => {
    const c = f ? mapping.columns[f as keyof typeof mapping.columns] : null;
    return c === null || c === undefined ? null : (headers?.[c] ?? null);
  };

  // chunks an earlier attempt of this job committed, with what each wrote (empty for a dry run:
  // its writes were rolled back): a resumed job skips them and counts them as they were, so rows
  // written before a crash are "created", not "skipped" on the second pass (issue 15 item 4)
  const committed = batch.dryRun ? new Map<number, ChunkCounts>() : await committedImportChunks(pgPool, batch.id);
  let nextSeq = 0;
  const flush = async () => {
    const rows = pending;
    pending = [];
    const seq = nextSeq++;
    const done = committed.get(seq);
    let r: Required<ChunkCounts>;
    if (done) r = { failed: 0, accountsCreated: 0, ...done };
    else {
      if (!batch.dryRun) await client.query('BEGIN');
      try {
        const w = await writePipelineChunk(client, rows, batch.id, now, batch.createdById);
        r = { created: w.created, updated: w.updated, skipped: w.skipped, failed: w.errors.length, accountsCreated: w.accountsCreated };
        for (const e of w.errors)
          errors.push({ row: e.row, column: column(e.reason.startsWith('bid') ? 'bidNoticeNo' : null), message: msg(e.reason) });
        errors.sort((a, b) => a.row - b.row);
        // a real run's row errors and chunk record commit with its rows; a dry run's outlive its rollback
        await insertRowErrors(batch.dryRun ? pgPool : client, batch.id, errors);
        if (!batch.dryRun) {
          await recordImportChunk(client, batch.id, seq, r);
          await client.query('COMMIT');
        }
      } catch (e) {
        if (!batch.dryRun) await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    }
    errors = [];
    counts.created += r.created;
    counts.updated += r.updated;
    counts.skipped += r.skipped;
    counts.failed += r.failed;
    accountsCreated += r.accountsCreated;
    await pgPool.query(
      `UPDATE "ImportBatch" SET processed = $2, created = $3, updated = $4, skipped = $5, failed = $6, "heartbeatAt" = now() WHERE id = $1`,
      [batch.id, counts.processed, counts.created, counts.updated, counts.skipped, counts.failed],
    );
  };

  const state = { truncated: false };
  try {
    if (batch.dryRun) await client.query('BEGIN');
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
          errors.push({ row: rec.row, column: null, message: translateError(locale, `leads.rowErrors.${rec.error}`) });
          continue;
        }
        const n = normalizePipelineRow(rec.cells, mapping, refs, today);
        if (!n.ok) {
          counts.failed++;
          for (const e of n.error) errors.push({ row: rec.row, column: column(e.field), message: msg(e.reason) });
          continue;
        }
        if (seen.has(n.value.key)) {
          counts.skipped++; // the same deal twice in one file: the first row wins
          continue;
        }
        seen.add(n.value.key);
        pending.push({ ...n.value, row: rec.row });
        if (pending.length >= CHUNK) await flush();
      }
    }
    if (!headers) throw new DomainError('UNPROCESSABLE', 'leads.errors.emptyFile');
    await flush();
    if (counts.processed === 0) throw new DomainError('UNPROCESSABLE', 'leads.errors.headerOnly');
    if (batch.dryRun) await client.query('ROLLBACK');
  } catch (e) {
    if (batch.dryRun) await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }

  const message = state.truncated ? translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 }) : null;
  await db.$transaction(async (tx) => {
    await finishImportBatch(tx, batch.id, counts, message, { forgetFile: !batch.dryRun, uploadKey: batch.filePath });
    if (!batch.dryRun && counts.created + counts.updated > 0) {
      await audit(tx, {
        actorId: batch.createdById,
        action: 'opportunity.import',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { fileName: batch.fileName, ...counts, accountsCreated },
      });
    }
  });
  if (!batch.dryRun) await dropUpload(batch.filePath);
}

export function startPipelineImportJob(batchId: string) {
  setImmediate(() => {
    runPipelineImport(batchId).catch((err) => logger.error({ err, batchId }, 'pipeline import job crashed'));
  });
}
