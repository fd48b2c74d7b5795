import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { checkPeopleMapping } from '@/lib/domain/people/import';
import type { StartPeopleImportInput } from '@/lib/validation/users';
import { assertCan } from '@/lib/server/authorize';
import { DomainError, notFound } from '@/lib/server/errors';
import { analyzePeopleFile, blockingPeopleProblems } from '@/lib/server/import/people-analyze';
import { startPeopleImportJob } from '@/lib/server/import/people-runner';

/**
 * Queue the people job (dry run or real). A draft batch starts in place; a finished dry run's file
 * is imported again as a NEW batch. A mapping without name, email and roles is refused (422).
 */
export async function startPeopleImport(db: DbClient, session: AppSession, input: StartPeopleImportInput) {
  assertCan(session, 'users:manage');
  const b = await db.importBatch.findFirst({ where: { id: input.batchId, kind: 'PEOPLE' } });
  if (!b) throw notFound();
  if (!b.filePath) throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
  const analysis = await analyzePeopleFile(b.filePath, input.mapping);
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
  const mapping = input.mapping as Prisma.InputJsonValue;
  let id: string;
  if (b.status === 'PENDING' && b.mapping === null) {
    const n = await db.importBatch.updateMany({
      where: { id: b.id, status: 'PENDING', mapping: { equals: Prisma.AnyNull } },
      data: { mapping, dryRun: input.dryRun },
    });
    if (n.count !== 1) throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
    id = b.id;
  } else if (b.status === 'DONE' && b.dryRun) {
    const nb = await db.importBatch.create({
      data: {
        kind: 'PEOPLE',
        fileName: b.fileName,
        fileSize: b.fileSize,
        format: b.format,
        encoding: b.encoding,
        filePath: b.filePath,
        mapping,
        dryRun: input.dryRun,
        createdById: session.userId,
      },
    });
    if (!input.dryRun) await db.importBatch.update({ where: { id: b.id }, data: { filePath: null } });
    id = nb.id;
  } else throw new DomainError('CONFLICT', 'leads.errors.alreadyStarted');
  startPeopleImportJob(id);
  return { batchId: id };
}
