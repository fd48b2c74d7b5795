import 'server-only';
import { randomBytes } from 'node:crypto';
import { dropUpload } from './storage';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { isBlankRecord } from '@/lib/domain/import/csv';
import { normalizePersonRow, planPeopleImport, type PeopleMapping, type PlannedRow } from '@/lib/domain/people/import';
import { finishImportBatch, recordImportProgress, setImportBatchTotal, type ClaimedBatch } from '@/lib/db/queries/import-batches';
import { insertRowErrors, type RowErrorInsert } from '@/lib/db/queries/leads';
import { loadPeopleRefs, writePeoplePlan } from '@/lib/db/queries/people-import';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { audit } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { openBatchFile, runImportJob, startDetached } from './job';
import { readRecords } from './source';

// The people import job (kind PEOPLE), on the lead import's machinery: the ImportBatch row is its
// state (lease, progress, counts), row errors go to ImportRowError with Excel row numbers. A firm's
// people fit in memory (capped), so the whole file is planned at once — managers may come later
// in the file than their reports — and written in one transaction (a dry run rolls it back).

export const MAX_PEOPLE_ROWS = 20_000;

export async function runPeopleImport(batchId: string): Promise<void> {
  await runImportJob(batchId, 'PEOPLE', { label: 'people import', resumable: false, requeueOnConnectionLoss: false }, processBatch);
}

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  const { path: file, info } = await openBatchFile(batch);
  const mapping = (batch.mapping ?? {}) as PeopleMapping;
  const msg = (reason: string) => translateError(locale, `people.import.rowErrors.${reason}`);
  let headers: string[] | null = null;
  const rows: PlannedRow[] = [];
  const errors: RowErrorInsert[] = [];
  const column = (f: string | null) => {
    const c = f ? mapping[f as keyof PeopleMapping] : null;
    return c === null || c === undefined ? null : (headers?.[c] ?? null);
  };
  let processed = 0;
  for await (const recs of readRecords(file, info)) {
    for (const rec of recs) {
      if (isBlankRecord(rec.cells)) continue;
      if (!headers) {
        headers = rec.cells.map((h) => h.trim());
        continue;
      }
      if (++processed > MAX_PEOPLE_ROWS)
        throw new DomainError('UNPROCESSABLE', 'people.import.tooManyRows', { params: { max: MAX_PEOPLE_ROWS } });
      if (rec.error) {
        errors.push({ row: rec.row, column: null, message: translateError(locale, `leads.rowErrors.${rec.error}`) });
        continue;
      }
      const n = normalizePersonRow(rec.cells, mapping);
      if (n.ok) rows.push({ row: rec.row, person: n.value });
      else for (const e of n.error) errors.push({ row: rec.row, column: column(e.field), message: msg(e.reason) });
    }
  }
  if (!headers) throw new DomainError('UNPROCESSABLE', 'leads.errors.emptyFile');
  if (processed === 0) throw new DomainError('UNPROCESSABLE', 'leads.errors.headerOnly');
  await setImportBatchTotal(pgPool, batch.id, processed, info.encoding);

  const placeholderHash = await hashPassword(randomBytes(32).toString('base64url')); // nobody knows it: sign-in only after a setup link
  const failedRows = new Set(errors.map((e) => e.row));
  let counts = { processed, created: 0, updated: 0, skipped: 0, failed: 0 };
  const DRY_RUN = Symbol('dry run');
  try {
    await db.$transaction(
      async (tx) => {
        const refs = await loadPeopleRefs(tx);
        const plan = planPeopleImport(rows, refs.users, refs.teams);
        for (const e of plan.errors) {
          failedRows.add(e.row);
          errors.push({ row: e.row, column: column(e.field), message: msg(e.reason) });
        }
        const createdIds = await writePeoplePlan(tx, plan, placeholderHash);
        counts = { processed, created: createdIds.length, updated: plan.update.length, skipped: plan.skip.length, failed: failedRows.size };
        if (batch.dryRun) throw DRY_RUN; // everything above is rolled back
        errors.sort((a, b) => a.row - b.row);
        await insertRowErrors(pgPool, batch.id, errors);
        await finishImportBatch(tx, batch.id, counts, null, { forgetFile: true, uploadKey: batch.filePath });
        if (counts.created + counts.updated > 0)
          await audit(tx, {
            actorId: batch.createdById,
            action: 'user.import',
            entityType: 'ImportBatch',
            entityId: batch.id,
            after: {
              fileName: batch.fileName,
              ...counts,
              created: plan.create.map((r) => r.person.email),
              updated: plan.update.map((r) => r.person.email),
            },
          });
      },
      { timeout: 120_000 },
    );
  } catch (e) {
    if (e !== DRY_RUN) throw e;
    errors.sort((a, b) => a.row - b.row);
    await insertRowErrors(pgPool, batch.id, errors);
    await recordImportProgress(pgPool, batch.id, processed, counts);
    await finishImportBatch(db, batch.id, counts, null, { forgetFile: false });
    return;
  }
  await dropUpload(batch.filePath!);
}

/** Start a queued people batch in this process, detached from the request. */
export function startPeopleImportJob(batchId: string) {
  startDetached('people import', batchId, runPeopleImport);
}
