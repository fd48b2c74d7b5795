import 'server-only';
import { localUpload } from '@/lib/server/import/storage';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import type { PeopleMapping } from '@/lib/domain/people/import';
import { assertCan } from '@/lib/server/authorize';
import { notFound } from '@/lib/server/errors';
import { analyzePeopleFile } from '@/lib/server/import/people-analyze';

/** The wizard's preview with a corrected mapping: each of the first rows with its cells' errors. */
export async function previewPeopleImport(db: Db, session: AppSession, input: { batchId: string; mapping: PeopleMapping }) {
  assertCan(session, 'users:manage');
  const b = await db.importBatch.findFirst({ where: { id: input.batchId, kind: 'PEOPLE' } });
  if (!b) throw notFound();
  return analyzePeopleFile(await localUpload(b.filePath), input.mapping);
}
