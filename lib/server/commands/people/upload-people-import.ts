import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { translateError } from '@/lib/i18n/translate';
import { assertCan } from '@/lib/server/authorize';
import { DomainError } from '@/lib/server/errors';
import { analyzePeopleFile, type PeopleAnalysis } from '@/lib/server/import/people-analyze';
import { dropUpload, keepUpload, saveUpload } from '@/lib/server/import/storage';

/** Store a people file (CSV/XLSX) and read its header and first rows: a draft batch (kind PEOPLE), not started. */
export async function uploadPeopleImport(
  db: Db,
  session: AppSession,
  input: { fileName: string; body: ReadableStream<Uint8Array> | Uint8Array | null },
): Promise<{ batchId: string; analysis: PeopleAnalysis }> {
  assertCan(session, 'users:manage');
  const fileName = input.fileName.trim().slice(0, 255) || 'upload';
  const saved = await saveUpload(input.body);
  let analysis: PeopleAnalysis;
  try {
    analysis = await analyzePeopleFile(saved.path);
    if (!analysis.headers.length) throw new DomainError('UNPROCESSABLE', 'leads.errors.emptyFile');
    if (!analysis.hasData) throw new DomainError('UNPROCESSABLE', 'leads.errors.headerOnly');
    await keepUpload(saved);
  } catch (e) {
    await dropUpload(saved.key);
    if (e instanceof DomainError)
      await db.importBatch.create({
        data: {
          kind: 'PEOPLE',
          fileName,
          fileSize: saved.size,
          format: 'unknown',
          status: 'FAILED',
          createdById: session.userId,
          message: translateError(session.locale, e.key, e.params),
          finishedAt: new Date(),
          total: 0,
        },
      });
    throw e;
  }
  const batch = await db.importBatch.create({
    data: {
      kind: 'PEOPLE',
      fileName,
      fileSize: saved.size,
      format: analysis.info.kind,
      encoding: analysis.info.encoding,
      filePath: saved.key,
      createdById: session.userId,
    },
  });
  return { batchId: batch.id, analysis };
}
