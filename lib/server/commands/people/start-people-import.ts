import 'server-only';
import { queueImportBatch } from '@/lib/db/queries/import-batches';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { checkPeopleMapping } from '@/lib/domain/people/import';
import type { StartPeopleImportInput } from '@/lib/validation/users';
import { assertCan } from '@/lib/server/authorize';
import { DomainError, notFound } from '@/lib/server/errors';
import { analyzePeopleFile, blockingPeopleProblems } from '@/lib/server/import/people-analyze';
import { startPeopleImportJob } from '@/lib/server/import/people-runner';
import { localUpload } from '@/lib/server/import/storage';

/**
 * Queue the people job (dry run or real). A draft batch starts in place; a finished dry run's file
 * is imported again as a NEW batch. A mapping without name, email and roles is refused (422).
 */
export async function startPeopleImport(db: DbClient, session: AppSession, input: StartPeopleImportInput) {
  assertCan(session, 'users:manage');
  const b = await db.importBatch.findFirst({ where: { id: input.batchId, kind: 'PEOPLE' } });
  if (!b) throw notFound();
  const analysis = await analyzePeopleFile(await localUpload(b.filePath), input.mapping);
  const blocking = blockingPeopleProblems(analysis.headers, input.mapping);
  if (blocking.length)
    throw new DomainError('UNPROCESSABLE', `people.import.problems.${blocking[0]}`, {
      params: {
        column: checkPeopleMapping(input.mapping, analysis.headers.length)
          .map((p) => p.column)
          .join(', '),
      },
      details: { problems: blocking },
    });
  const id = await queueImportBatch(db, b, {
    mapping: input.mapping as Prisma.InputJsonValue,
    dryRun: input.dryRun,
    createdById: session.userId,
  });
  if (!id) throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
  startPeopleImportJob(id);
  return { batchId: id };
}
