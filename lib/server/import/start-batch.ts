import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { queueImportBatch, type StartableBatch } from '@/lib/db/queries/import-batches';
import { DomainError } from '@/lib/server/errors';
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
    blocking: (headers: string[], mapping: M) => string[];
    /** the 422 for the first blocking problem */
    refuse: (problems: string[], headers: string[]) => DomainError;
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
