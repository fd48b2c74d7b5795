import 'server-only';
import type { NextRequest } from 'next/server';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { discardDraftImportBatch } from '@/lib/db/queries/import-batches';
import { getImportStatus, type ImportStatusView } from '@/lib/server/commands/leads/import';
import { DomainError } from '@/lib/server/errors';
import { dropUpload } from './storage';

// What the two /api/v1/*/import routes share: reading the uploaded file from the request, and
// waiting a bounded time for the job before answering 200 (done) or 202 (still running).

const FILE_TYPES =
  /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/octet-stream)\b/i;

/** The file: the raw body (CSV/XLSX/octet-stream media types) or the multipart field `file`. */
export async function readImportUpload(
  req: NextRequest,
): Promise<{ fileName: string; body: ReadableStream<Uint8Array> | Uint8Array | null }> {
  const type = req.headers.get('content-type') ?? '';
  const fileName = req.headers.get('x-file-name') ?? 'api-upload';
  if (/^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw new DomainError('VALIDATION', 'leads.errors.noFile');
    }
    const file = form.get('file');
    if (!(file instanceof Blob))
      throw new DomainError('VALIDATION', 'leads.errors.noFile', { fields: [{ path: 'file', message: 'required' }] });
    return { fileName: (file as File).name || fileName, body: new Uint8Array(await file.arrayBuffer()) };
  }
  if (FILE_TYPES.test(type)) return { fileName, body: req.body };
  throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'leads.errors.unsupportedType');
}

/**
 * The one-shot API import's start: when it is refused (a required column missing, …) the draft
 * batch the upload made and its stored bytes go too, so a refused request leaves nothing behind
 * (over the API nobody can come back to that draft: its mapping is always the automatic one).
 */
export async function startOrDiscard<T>(batchId: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (e) {
    const draft = await discardDraftImportBatch(pgPool, batchId).catch(() => null);
    if (draft?.filePath) await dropUpload(draft.filePath).catch(() => undefined);
    throw e;
  }
}

/** Polls the batch until it ends or `waitSeconds` pass; `finished` says which. */
export async function waitForImport(db: Db, session: AppSession, batchId: string, waitSeconds: number) {
  const deadline = Date.now() + waitSeconds * 1000;
  let status: ImportStatusView = await getImportStatus(db, session, batchId);
  while ((status.status === 'pending' || status.status === 'running') && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    status = await getImportStatus(db, session, batchId);
  }
  return { status, finished: status.status === 'done' || status.status === 'failed' };
}
