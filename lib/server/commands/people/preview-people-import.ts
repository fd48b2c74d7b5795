import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import type { PeopleMapping } from '@/lib/domain/people/import';
import { assertCan } from '@/lib/server/authorize';
import { previewImportBatch } from '@/lib/server/import/start-batch';
import { PEOPLE_IMPORT } from './start-people-import';

/** The wizard's preview with a corrected mapping: each of the first rows with its cells' errors. */
export async function previewPeopleImport(db: Db, session: AppSession, input: { batchId: string; mapping: PeopleMapping }) {
  assertCan(session, 'users:manage');
  return previewImportBatch(db, PEOPLE_IMPORT, input);
}
