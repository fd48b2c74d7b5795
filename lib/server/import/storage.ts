import 'server-only';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@/lib/server/errors';

// Uploaded files wait on local disk (IMPORT_DIR, default .data/imports) for their job; the job's
// state is in PostgreSQL. The upload is streamed to disk, never held whole in memory.
// SPEC: 50 MB files; the issue: a 1,048,576-row file (≈115 MB of CSV) is accepted. Streamed to disk.
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export const importDir = () => process.env.IMPORT_DIR ?? path.join(process.cwd(), '.data', 'imports');

export async function saveUpload(
  body: ReadableStream<Uint8Array> | Uint8Array | null,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<{ path: string; size: number }> {
  await mkdir(importDir(), { recursive: true });
  const file = path.join(importDir(), `${randomUUID()}.upload`);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes)
        cb(new DomainError('TOO_LARGE', 'leads.errors.fileTooLarge', { params: { mb: Math.round(maxBytes / 1048576) } }));
      else cb(null, chunk);
    },
  });
  const src =
    body === null ? Readable.from([]) : body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : Readable.fromWeb(body as never);
  try {
    await pipeline(src, counter, createWriteStream(file));
  } catch (e) {
    await unlink(file).catch(() => undefined);
    throw e instanceof DomainError ? e : new DomainError('VALIDATION', 'leads.errors.uploadFailed');
  }
  return { path: file, size };
}
