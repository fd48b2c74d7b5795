import 'server-only';
import { findImportBatchOfKind, queueImportBatch } from '@/lib/db/queries/import-batches';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { StartPipelineImportInput } from '@/lib/validation/opportunities';
import { DomainError, notFound } from '@/lib/server/errors';
import { analyzePipelineFile, blockingPipelineProblems } from '@/lib/server/import/pipeline-analyze';
import { startPipelineImportJob } from '@/lib/server/import/pipeline-runner';
import { localUpload } from '@/lib/server/import/storage';
import { assertCan } from '@/lib/server/authorize';

/**
 * Queue the pipeline job (dry run or real). A draft batch starts in place; a finished dry run's
 * file is imported again as a NEW batch. A mapping without the required columns, or with an
 * amount column whose unit is not declared, is refused (422) before anything runs.
 */
export async function startPipelineImport(db: DbClient, session: AppSession, input: StartPipelineImportInput) {
  assertCan(session, 'opportunity:import');
  const b = await findImportBatchOfKind(db, input.batchId, 'PIPELINE');
  if (!b) throw notFound();
  const analysis = await analyzePipelineFile(await localUpload(b.filePath), input.mapping);
  const blocking = blockingPipelineProblems(analysis.headers, input.mapping);
  if (blocking.length) throw new DomainError('UNPROCESSABLE', `pipeline.errors.${blocking[0]}`, { details: { problems: blocking } });
  const id = await queueImportBatch(db, b, {
    mapping: input.mapping as Prisma.InputJsonValue,
    dryRun: input.dryRun,
    createdById: session.userId,
  });
  if (!id) throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
  startPipelineImportJob(id);
  return { batchId: id };
}
