import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { findImportBatchOfKind, queueImportBatch, type StartableBatch } from '@/lib/db/queries/import-batches';
import { DomainError, notFound } from '@/lib/server/errors';
import { localUpload } from './storage';

/**
 * Every import kind's "start" (dry run or real), after the command loaded the batch it continues:
 * the file's header is read again with the chosen mapping and a mapping with a blocking problem is
 * refused (422) before anything runs; else the batch is queued — a draft starts in place, a
 * finished dry run's file runs again as a NEW batch (each run keeps its own counts), a second
 * start is a 409 — and its job started in this process.
 */
export async function queueImportRun<M>(
  db: Db,
  session: AppSession,
  batch: StartableBatch,
  input: { mapping: M; dryRun: boolean },
  kind: {
    analyze: (path: string, mapping: M) => Promise<{ headers: string[] }>;
    blocking: (headers: string[], mapping: M) => readonly string[];
    /** the 422 for the first blocking problem */
    refuse: (problems: readonly string[], headers: string[]) => DomainError;
    start: (batchId: string) => void;
  },
): Promise<{ batchId: string }> {
  const analysis = await kind.analyze(await localUpload(batch.filePath), input.mapping);
  const blocking = kind.blocking(analysis.headers, input.mapping);
  if (blocking.length) throw kind.refuse(blocking, analysis.headers);
  const id = await queueImportBatch(db, batch, {
    mapping: input.mapping as Prisma.InputJsonValue,
    dryRun: input.dryRun,
    createdById: session.userId,
  });
  if (!id) throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
  kind.start(id);
  return { batchId: id };
}

type Kind = 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT';

/** The wizards that load their batch by id (accounts, people): their batch kind, file reader, mapping rules and job. */
export type ImportSteps<M, A extends { headers: string[] }> = {
  kind: Kind;
  analyze: (path: string, mapping: M) => Promise<A>;
  /** The mapping's blocking problems (422: `<problems>.<first>`, naming the columns `check` lists). */
  blocking: (headers: string[], mapping: M) => readonly string[];
  check: (mapping: M, columnCount: number) => readonly { column?: string }[];
  problems: string;
  startJob: (batchId: string) => void;
};

async function batchOfKind(db: Db, kind: Kind, batchId: string) {
  const batch = await findImportBatchOfKind(db, batchId, kind);
  if (!batch) throw notFound();
  return batch;
}

/** The batch (404 unless of this kind) read again with a corrected mapping: the wizard's preview. */
export async function previewImportBatch<M, A extends { headers: string[] }>(
  db: Db,
  steps: ImportSteps<M, A>,
  input: { batchId: string; mapping: M },
): Promise<A> {
  const batch = await batchOfKind(db, steps.kind, input.batchId);
  return steps.analyze(await localUpload(batch.filePath), input.mapping);
}

/** The batch (404 unless of this kind) started through queueImportRun. */
export async function startImportBatch<M, A extends { headers: string[] }>(
  db: Db,
  session: AppSession,
  steps: ImportSteps<M, A>,
  input: { batchId: string; mapping: M; dryRun: boolean },
): Promise<{ batchId: string }> {
  const batch = await batchOfKind(db, steps.kind, input.batchId);
  return queueImportRun(db, session, batch, input, {
    analyze: steps.analyze,
    blocking: steps.blocking,
    refuse: (problems, headers) =>
      new DomainError('UNPROCESSABLE', `${steps.problems}.${problems[0]}`, {
        params: {
          column: steps
            .check(input.mapping, headers.length)
            .map((p) => p.column)
            .join(', '),
        },
        details: { problems },
      }),
    start: steps.startJob,
  });
}
