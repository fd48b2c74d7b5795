import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import type { PipelineMapping } from '@/lib/domain/pipeline/headers';
import { findImportBatchOfKind } from '@/lib/db/queries/import-batches';
import { notFound } from '@/lib/server/errors';
import { analyzePipelineFile } from '@/lib/server/import/pipeline-analyze';
import { localUpload } from '@/lib/server/import/storage';
import { assertCan } from '@/lib/server/authorize';

/** The wizard's preview with a corrected mapping: each of the first rows with its cells' errors. */
export async function previewPipelineImport(db: Db, session: AppSession, input: { batchId: string; mapping: PipelineMapping }) {
  assertCan(session, 'opportunity:import');
  const b = await findImportBatchOfKind(db, input.batchId, 'PIPELINE');
  if (!b) throw notFound();
  return analyzePipelineFile(await localUpload(b.filePath), input.mapping);
}
