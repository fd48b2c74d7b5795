import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import { analyzePipelineFile } from '@/lib/server/import/pipeline-analyze';
import { uploadImportBatch, type UploadInput } from '@/lib/server/import/upload-batch';

/** Store a pipeline sheet and read its header and first rows: a draft batch (kind PIPELINE), not started. */
export async function uploadPipelineImport(db: Db, session: AppSession, input: UploadInput) {
  assertCan(session, 'opportunity:import');
  return uploadImportBatch(db, session, 'PIPELINE', input, (path) => analyzePipelineFile(path));
}
