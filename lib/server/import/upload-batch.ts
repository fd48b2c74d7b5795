import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/server/errors';
import type { FileInfo } from './source';
import { dropUpload, keepUpload, saveUpload } from './storage';
import { insertDraftImportBatch } from '@/lib/db/queries/import-batches';

export type UploadInput = { fileName: string; body: ReadableStream<Uint8Array> | Uint8Array | null };

/**
 * Every import kind's upload (leads, pipeline, people, accounts): store the file, read its header and first
 * rows with the kind's analyzer, keep the bytes in PostgreSQL and create a draft batch (not started).
 * A file that cannot be read is refused and leaves nothing: no bytes, no batch (the caller has the reason;
 * a refused input changes no row).
 * The caller asserts its permission first.
 */
export async function uploadImportBatch<A extends { info: FileInfo; headers: string[]; hasData: boolean }>(
  db: Db,
  session: AppSession,
  kind: 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT',
  input: UploadInput,
  analyze: (path: string) => Promise<A>,
): Promise<{ batchId: string; analysis: A }> {
  const fileName = input.fileName.trim().slice(0, 255) || 'upload';
  const saved = await saveUpload(input.body);
  let analysis: A;
  try {
    analysis = await analyze(saved.path);
    if (!analysis.headers.length) throw new DomainError('UNPROCESSABLE', 'leads.errors.emptyFile');
    if (!analysis.hasData) throw new DomainError('UNPROCESSABLE', 'leads.errors.headerOnly');
    await keepUpload(saved);
  } catch (e) {
    await dropUpload(saved.key); // refused: the caller gets the reason, and nothing is left behind
    throw e;
  }
  const batch = await insertDraftImportBatch(db, {
    kind,
    fileName,
    fileSize: saved.size,
    format: analysis.info.kind,
    encoding: analysis.info.encoding,
    filePath: saved.key,
    createdById: session.userId,
  });
  return { batchId: batch.id, analysis };
}
