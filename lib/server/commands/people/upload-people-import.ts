import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import { analyzePeopleFile } from '@/lib/server/import/people-analyze';
import { uploadImportBatch, type UploadInput } from '@/lib/server/import/upload-batch';

/** Store a people file (CSV/XLSX) and read its header and first rows: a draft batch (kind PEOPLE), not started. */
export async function uploadPeopleImport(db: Db, session: AppSession, input: UploadInput) {
  assertCan(session, 'users:manage');
  return uploadImportBatch(db, session, 'PEOPLE', input, (path) => analyzePeopleFile(path));
}
