import 'server-only';
import { FileAccounts, normalizeAccountImportRow, type AccountImportMapping, type AccountImportRefs } from '@/lib/domain/accounts/import';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { pgPool } from '@/lib/db/pg';
import { loadAccountImportRegions, writeAccountChunk, type StagedAccountRow } from '@/lib/db/queries/account-import';
import type { ClaimedBatch } from '@/lib/db/queries/import-batches';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { writeInChunks } from './chunks';
import { finishImportJob, openBatchFile, runImportJob, startDetached } from './job';

// The accounts + contacts import job (kind ACCOUNT), on the imports' machinery (./job.ts,
// ./chunks.ts): the ImportBatch row is its state (lease, progress, counts), the stored file is
// streamed, row errors go to ImportRowError with Excel row numbers, and rows are written in chunks
// by the set-based writer (lib/db/queries/account-import.ts), each chunk one transaction on one
// connection (a dry run is one transaction rolled back at the end). Not resumable chunk by chunk:
// a job picked up again starts over (its per-chunk account and contact counts are not recorded).

/** 지역 by code or Korean/English name. */
export async function accountImportRefs(): Promise<AccountImportRefs> {
  const regions = await loadAccountImportRegions(pgPool);
  const map = new Map<string, (typeof regions)[number]>();
  for (const r of regions) for (const k of [r.code, r.nameKo, r.nameEn]) map.set(normalizeCompanyName(k), r);
  return { salesRegion: (v) => map.get(normalizeCompanyName(v)) ?? null };
}

export async function runAccountImport(batchId: string): Promise<void> {
  await runImportJob(batchId, 'ACCOUNT', { label: 'account import', resumable: false, requeueOnConnectionLoss: true }, processBatch);
}

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  const file = await openBatchFile(batch);
  const mapping = batch.mapping as AccountImportMapping;
  const refs = await accountImportRefs();
  const msg = (reason: string, params: Record<string, string | number> = {}) =>
    translateError(locale, `accounts.import.rowErrors.${reason}`, params);
  const column = (headers: string[], f: string | null) => {
    const c = f ? mapping[f as keyof AccountImportMapping] : null;
    return c === null || c === undefined ? null : (headers[c] ?? null);
  };
  const made = { accountsCreated: 0, accountsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 };
  const inFile = new FileAccounts();
  const { counts, truncated } = await writeInChunks<StagedAccountRow>(batch, file, locale, {
    connections: 1,
    resumable: false,
    row: (cells, row, headers) => {
      const n = normalizeAccountImportRow(cells, mapping, refs);
      if (!n.ok) return { ok: false, errors: n.error.map((e) => ({ row, column: column(headers, e.field), message: msg(e.reason) })) };
      const r = inFile.add(row, n.value);
      if (!r.ok) {
        const f = n.value.contactName ? (n.value.contactEmail ? 'contactEmail' : 'contactName') : 'accountName';
        return { ok: false, errors: [{ row, column: column(headers, f), message: msg('duplicateInFile', { row: r.firstRow }) }] };
      }
      return { ok: true, value: { ...r.row, row } };
    },
    write: async (w, rows) => {
      const r = await writeAccountChunk(w, rows);
      made.accountsCreated += r.accountsCreated;
      made.accountsUpdated += r.accountsUpdated;
      made.contactsCreated += r.contactsCreated;
      made.contactsUpdated += r.contactsUpdated;
      return { created: r.created, updated: r.updated, skipped: r.skipped };
    },
  });
  const summary = translateError(locale, 'accounts.import.summary', made);
  const message = truncated ? `${summary} ${translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 })}` : summary;
  await finishImportJob(batch, counts, message, { action: 'account.import', after: { fileName: batch.fileName, ...counts, ...made } });
}

/** Start a queued accounts batch in this process, detached from the request. */
export function startAccountImportJob(batchId: string) {
  startDetached('account import', batchId, runAccountImport);
}
