import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { blockingPeopleProblems, checkPeopleMapping, type PeopleMapping } from '@/lib/domain/people/import';
import type { StartPeopleImportInput } from '@/lib/validation/users';
import { assertCan } from '@/lib/server/authorize';
import { analyzePeopleFile, type PeopleAnalysis } from '@/lib/server/import/people-analyze';
import { startPeopleImportJob } from '@/lib/server/import/people-runner';
import { startImportBatch, type ImportSteps } from '@/lib/server/import/start-batch';

export const PEOPLE_IMPORT: ImportSteps<PeopleMapping, PeopleAnalysis> = {
  kind: 'PEOPLE',
  analyze: analyzePeopleFile,
  blocking: blockingPeopleProblems,
  check: checkPeopleMapping,
  problems: 'people.import.problems',
  startJob: startPeopleImportJob,
};

/**
 * Queue the people job (dry run or real). A draft batch starts in place; a finished dry run's file
 * is imported again as a NEW batch. A mapping without name, email and roles is refused (422).
 */
export async function startPeopleImport(db: DbClient, session: AppSession, input: StartPeopleImportInput) {
  assertCan(session, 'users:manage');
  return startImportBatch(db, session, PEOPLE_IMPORT, input);
}
