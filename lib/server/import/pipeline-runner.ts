import 'server-only';
import type { PipelineMapping } from '@/lib/domain/pipeline/headers';
import { normalizePipelineRow, type PipelineRefs } from '@/lib/domain/pipeline/row';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import type { ClaimedBatch } from '@/lib/db/queries/import-batches';
import { loadPipelineRefs, writePipelineChunk, type StagedRow } from '@/lib/db/queries/pipeline-import';
import type { Locale } from '@/lib/i18n/messages';
import { translateError } from '@/lib/i18n/translate';
import { getSettings } from '@/lib/server/settings';
import { writeInChunks } from './chunks';
import { finishImportJob, openBatchFile, runImportJob, startDetached } from './job';

// The pipeline import job (kind PIPELINE), on the imports' machinery (./job.ts, ./chunks.ts:
// ImportBatch lease, stored file, streamed records, ImportRowError rows with Excel row numbers,
// resumable chunks), with the pipeline's row rules and its set-based chunk write
// (lib/db/queries/pipeline-import.ts). One writer connection; each chunk is one transaction (a dry
// run is one transaction rolled back at the end).

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
  await runImportJob(batchId, 'PIPELINE', { label: 'pipeline import', resumable: true, requeueOnConnectionLoss: true }, processBatch);
}

async function processBatch(batch: ClaimedBatch, locale: Locale) {
  const file = await openBatchFile(batch);
  const mapping = batch.mapping as unknown as PipelineMapping;
  const refs = await pipelineRefs();
  const now = new Date();
  const today = seoulToday(now);
  const msg = (reason: string) => translateError(locale, `pipeline.rowErrors.${reason}`);
  const column = (headers: string[], f: string | null) => {
    const c = f ? mapping.columns[f as keyof typeof mapping.columns] : null;
    return c === null || c === undefined ? null : (headers[c] ?? null);
  };
  const seen = new Set<string>();
  const { counts, accountsCreated, truncated } = await writeInChunks<StagedRow>(batch, file, locale, {
    connections: 1,
    resumable: true,
    row: (cells, row, headers) => {
      const n = normalizePipelineRow(cells, mapping, refs, today);
      if (!n.ok) return { ok: false, errors: n.error.map((e) => ({ row, column: column(headers, e.field), message: msg(e.reason) })) };
      if (seen.has(n.value.key)) return 'repeat'; // the same deal twice in one file: the first row wins
      seen.add(n.value.key);
      return { ok: true, value: { ...n.value, row } };
    },
    write: async (w, rows, headers) => {
      const r = await writePipelineChunk(w, rows, batch.id, now, batch.createdById);
      const errors = r.errors.map((e) => ({
        row: e.row,
        column: column(headers, e.reason.startsWith('bid') ? 'bidNoticeNo' : null),
        message: msg(e.reason),
      }));
      return {
        created: r.created,
        updated: r.updated,
        skipped: r.skipped,
        failed: errors.length,
        accountsCreated: r.accountsCreated,
        errors,
      };
    },
  });
  const message = truncated ? translateError(locale, 'leads.errors.tooManyRows', { max: 1_048_576 }) : null;
  await finishImportJob(batch, counts, message, {
    action: 'opportunity.import',
    after: { fileName: batch.fileName, ...counts, accountsCreated },
  });
}

export function startPipelineImportJob(batchId: string) {
  startDetached('pipeline import', batchId, runPipelineImport);
}
