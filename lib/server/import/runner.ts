import 'server-only';
import { normalizeLeadRow, type LeadRow } from '@/lib/domain/leads/row';
import { pgPool } from '@/lib/db/pg';
import { resumableImportBatches, type ClaimedBatch } from '@/lib/db/queries/import-batches';
import { upsertLeadChunk } from '@/lib/db/queries/leads';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { startPeopleImportJob } from './people-runner';
import { startAccountImportJob } from './account-runner';
import { startPipelineImportJob } from './pipeline-runner';
import { writeInChunks } from './chunks';
import { finishImportJob, isRunningHere, LEASE_SECONDS, openBatchFile, runImportJob, startDetached } from './job';

// The lead import job (kind LEAD), on the imports' machinery (./job.ts, ./chunks.ts): rows stream
// through parse → normalise → in-file dedupe → one unnest upsert per chunk. A real run writes on
// two connections (one chunk upserting while the next is written and the one after is parsed).

export { estimateRows, LEASE_SECONDS } from './job';

/** Run one queued batch to the end (no-op if another worker holds it). */
export async function runImport(batchId: string): Promise<void> {
  await runImportJob(batchId, 'LEAD', { label: 'import', resumable: true, requeueOnConnectionLoss: true }, processBatch);
}

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  const file = await openBatchFile(batch);
  const mapping = batch.mapping ?? {};
  const msg = (reason: string) => translateError(locale, `leads.rowErrors.${reason}`);
  // memory stays flat for a 1M-row file: keys are only remembered per chunk; a repeat in a later
  // chunk meets its first row in the database (fills its empty fields or is skipped)
  const seen = new Set<string>();
  const { counts, truncated } = await writeInChunks<LeadRow>(batch, file, locale, {
    connections: 2,
    resumable: true,
    row: (cells, row, headers) => {
      const n = normalizeLeadRow(cells, mapping);
      if (!n.ok) {
        return {
          ok: false,
          errors: n.error.map((e) => {
            const col = e.field ? mapping[e.field] : null;
            return { row, column: col === null || col === undefined ? null : (headers[col] ?? null), message: msg(e.reason) };
          }),
        };
      }
      if (seen.has(n.value.dedupeKey)) return 'repeat'; // the same lead twice in one chunk: the first row wins
      seen.add(n.value.dedupeKey);
      return n;
    },
    onCut: () => seen.clear(),
    write: async (w, rows) => {
      rows.sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : 1)); // one lock order across concurrent chunks: no deadlock
      const u = await upsertLeadChunk(w, rows, batch.id);
      return { ...u, skipped: rows.length - u.created - u.updated }; // matched, nothing new to fill
    },
  });
  const message = truncated ? translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 }) : null;
  await finishImportJob(batch, counts, message, { action: 'lead.import', after: { fileName: batch.fileName, ...counts } });
}

/** Start a queued batch in this process, detached from the request. */
export function startImportJob(batchId: string) {
  startDetached('import', batchId, runImport);
}

/** Pick up queued batches and those whose worker died (lease expired). Called at server start and periodically. */
export async function resumeImports() {
  for (const b of await resumableImportBatches(pgPool, LEASE_SECONDS)) {
    if (b.kind === 'PIPELINE') startPipelineImportJob(b.id);
    else if (b.kind === 'PEOPLE') startPeopleImportJob(b.id);
    else if (b.kind === 'ACCOUNT') startAccountImportJob(b.id);
    else if (!isRunningHere(b.id)) startImportJob(b.id);
  }
}
