import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { findImportBatchOfKind, queueImportBatch } from '@/lib/db/queries/import-batches';
import { DomainError, notFound } from '@/lib/server/errors';
import { localUpload } from './storage';

// The preview and start steps an import wizard shares (accounts, people): read the batch's stored
// file again with the corrected mapping; refuse a mapping that misses required columns (422);
// queue the job — a draft batch starts in place, a finished dry run's file is imported again as a
// NEW batch — and start it. The caller asserts its permission first.

type Kind = 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT';

/** What differs per import kind: its batch kind, its file reader, its mapping rules and its job. */
export type ImportSteps<M, A extends { headers: string[] }> = {
  kind: Kind;
  analyze: (path: string, mapping: M) => Promise<A>;
  /** The mapping's blocking problems (422: `<problems>.<first>`, naming the columns `check` lists). */
  blocking: (headers: string[], mapping: M) => readonly string[];
  check: (mapping: M, columnCount: number) => readonly { column?: string }[];
  problems: string;
  startJob: (batchId: string) => void;
};

/** The batch (404 unless of this kind) read again with a corrected mapping: the wizard's preview. */
export async function previewImportBatch<M, A extends { headers: string[] }>(
  db: Db,
  steps: ImportSteps<M, A>,
  input: { batchId: string; mapping: M },
) {
  return (await analyzeBatch(db, steps, input)).analysis;
}

async function analyzeBatch<M, A extends { headers: string[] }>(db: Db, steps: ImportSteps<M, A>, input: { batchId: string; mapping: M }) {
  const batch = await findImportBatchOfKind(db, input.batchId, steps.kind);
  if (!batch) throw notFound();
  return { batch, analysis: await steps.analyze(await localUpload(batch.filePath), input.mapping) };
}

/** Refuse a mapping with blocking problems (422), queue the batch (409 if it cannot start) and start its job. */
export async function startImportBatch<M, A extends { headers: string[] }>(
  db: Db,
  session: AppSession,
  steps: ImportSteps<M, A>,
  input: { batchId: string; mapping: M; dryRun: boolean },
): Promise<{ batchId: string }> {
  const { batch, analysis } = await analyzeBatch(db, steps, input);
  const blocking = steps.blocking(analysis.headers, input.mapping);
  if (blocking.length)
    throw new DomainError('UNPROCESSABLE', `${steps.problems}.${blocking[0]}`, {
      params: {
        column: steps
          .check(input.mapping, analysis.headers.length)
          .map((p) => p.column)
          .join(', '),
      },
      details: { problems: blocking },
    });
  const id = await queueImportBatch(db, batch, {
    mapping: input.mapping as Prisma.InputJsonValue,
    dryRun: input.dryRun,
    createdById: session.userId,
  });
  if (!id) throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
  steps.startJob(id);
  return { batchId: id };
}
