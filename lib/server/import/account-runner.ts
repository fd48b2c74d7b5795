import 'server-only';
import { isBlankRecord } from '@/lib/domain/import/csv';
import { FileAccounts, normalizeAccountImportRow, type AccountImportMapping, type AccountImportRefs } from '@/lib/domain/accounts/import';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { db } from '@/lib/db/client';
import { connectForJob, pgPool } from '@/lib/db/pg';
import { isConnectionLoss } from '@/lib/db/errors';
import { loadAccountImportRegions, writeAccountChunk, type StagedAccountRow } from '@/lib/db/queries/account-import';
import {
  claimImportBatch,
  clearImportRowErrors,
  failImportBatch,
  finishImportBatch,
  importOwnerLocale,
  recordImportProgress,
  requeueImportBatch,
  setImportBatchTotal,
  type ClaimedBatch,
} from '@/lib/db/queries/import-batches';
import { insertRowErrors, type RowErrorInsert } from '@/lib/db/queries/leads';
import { isLocale, type Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { audit } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { logger } from '@/lib/server/logger';
import { estimateRows, LEASE_SECONDS } from './runner';
import { inspectFile, readRecords } from './source';
import { dropUpload, localUpload } from './storage';

// The accounts + contacts import job (kind ACCOUNT), on the same machinery as the lead, pipeline
// and people imports: the ImportBatch row is its state (lease, progress, counts), the stored file
// is streamed, row errors go to ImportRowError with Excel row numbers, and rows are written in
// chunks by the set-based writer (lib/db/queries/account-import.ts), each chunk one transaction
// on one connection (a dry run is one transaction rolled back at the end).

const CHUNK = 5_000;
const running = new Set<string>();

/** 지역 by code or Korean/English name. */
export async function accountImportRefs(): Promise<AccountImportRefs> {
  const regions = await loadAccountImportRegions(pgPool);
  const map = new Map<string, (typeof regions)[number]>();
  for (const r of regions) for (const k of [r.code, r.nameKo, r.nameEn]) map.set(normalizeCompanyName(k), r);
  return { salesRegion: (v) => map.get(normalizeCompanyName(v)) ?? null };
}

export async function runAccountImport(batchId: string): Promise<void> {
  if (running.has(batchId)) return;
  running.add(batchId);
  try {
    const batch = await claimImportBatch(pgPool, batchId, LEASE_SECONDS, 'ACCOUNT');
    if (!batch) return;
    await clearImportRowErrors(pgPool, batchId);
    const saved = await importOwnerLocale(db, batch.createdById);
    const locale: Locale = isLocale(saved) ? saved : 'ko';
    try {
      await processBatch(batch, locale);
    } catch (e) {
      if (isConnectionLoss(e)) {
        logger.warn({ err: e, batchId }, 'account import lost its database connection; queued again');
        await requeueImportBatch(pgPool, batchId).catch(() => undefined);
        return;
      }
      const key = e instanceof DomainError ? e.key : 'generic';
      if (!(e instanceof DomainError)) logger.error({ err: e, batchId }, 'account import failed');
      await failImportBatch(pgPool, batchId, translateError(locale, key, e instanceof DomainError ? e.params : {}));
    }
  } finally {
    running.delete(batchId);
  }
}

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  if (!batch.filePath || !batch.mapping) throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
  const path = await localUpload(batch.filePath);
  const mapping = batch.mapping as AccountImportMapping;
  let info;
  try {
    info = await inspectFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
    throw e;
  }
  await setImportBatchTotal(pgPool, batch.id, await estimateRows(path, info), info.encoding);
  const refs = await accountImportRefs();
  const msg = (reason: string, params: Record<string, string | number> = {}) =>
    translateError(locale, `accounts.import.rowErrors.${reason}`, params);
  const client = await connectForJob(pgPool);
  const counts = { processed: 0, created: 0, updated: 0, skipped: 0, failed: 0 };
  const made = { accountsCreated: 0, accountsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 };
  const file = new FileAccounts();
  let headers: string[] | null = null;
  let pending: StagedAccountRow[] = [];
  let errors: RowErrorInsert[] = [];
  const column = (f: string | null) => {
    const c = f ? mapping[f as keyof AccountImportMapping] : null;
    return c === null || c === undefined ? null : (headers?.[c] ?? null);
  };

  const flush = async () => {
    const rows = pending;
    pending = [];
    if (!batch.dryRun) await client.query('BEGIN');
    try {
      const r = await writeAccountChunk(client, rows);
      if (!batch.dryRun) await client.query('COMMIT');
      counts.created += r.created;
      counts.updated += r.updated;
      counts.skipped += r.skipped;
      made.accountsCreated += r.accountsCreated;
      made.accountsUpdated += r.accountsUpdated;
      made.contactsCreated += r.contactsCreated;
      made.contactsUpdated += r.contactsUpdated;
    } catch (e) {
      if (!batch.dryRun) await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    errors.sort((a, b) => a.row - b.row);
    await insertRowErrors(pgPool, batch.id, errors);
    errors = [];
    await recordImportProgress(pgPool, batch.id, counts.processed, counts);
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
        const n = normalizeAccountImportRow(rec.cells, mapping, refs);
        if (!n.ok) {
          counts.failed++;
          for (const e of n.error) errors.push({ row: rec.row, column: column(e.field), message: msg(e.reason) });
          continue;
        }
        const r = file.add(rec.row, n.value);
        if (!r.ok) {
          counts.failed++;
          const f = n.value.contactName ? (n.value.contactEmail ? 'contactEmail' : 'contactName') : 'accountName';
          errors.push({ row: rec.row, column: column(f), message: msg('duplicateInFile', { row: r.firstRow }) });
          continue;
        }
        pending.push({ ...r.row, row: rec.row });
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

  const summary = translateError(locale, 'accounts.import.summary', made);
  const message = state.truncated ? `${summary} ${translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 })}` : summary;
  await db.$transaction(async (tx) => {
    await finishImportBatch(tx, batch.id, counts, message, { forgetFile: !batch.dryRun, uploadKey: batch.filePath });
    if (!batch.dryRun && counts.created + counts.updated > 0)
      await audit(tx, {
        actorId: batch.createdById,
        action: 'account.import',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { fileName: batch.fileName, ...counts, ...made },
      });
  });
  if (!batch.dryRun) await dropUpload(batch.filePath);
}

/** Start a queued accounts batch in this process, detached from the request. */
export function startAccountImportJob(batchId: string) {
  setImmediate(() => {
    runAccountImport(batchId).catch((err) => logger.error({ err, batchId }, 'account import job crashed'));
  });
}
