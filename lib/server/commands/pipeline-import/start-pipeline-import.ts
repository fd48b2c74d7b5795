import 'server-only';
import { findImportBatchOfKind } from '@/lib/db/queries/import-batches';
import { queueImportRun } from '@/lib/server/import/start-batch';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { StartPipelineImportInput } from '@/lib/validation/opportunities';
import { DomainError, notFound } from '@/lib/server/errors';
import { analyzePipelineFile, blockingPipelineProblems } from '@/lib/server/import/pipeline-analyze';
import { startPipelineImportJob } from '@/lib/server/import/pipeline-runner';
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
  return queueImportRun(db, session, b, input, {
    analyze: analyzePipelineFile,
    blocking: blockingPipelineProblems,
    refuse: (problems) => new DomainError('UNPROCESSABLE', `pipeline.errors.${problems[0]}`, { details: { problems } }),
    start: startPipelineImportJob,
  });
}
