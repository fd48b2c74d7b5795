import 'server-only';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { deleteUploadBytes, loadUploadBytes, storeUploadBytes, storedUploadKeys, sweepUploadBytes } from '@/lib/db/queries/import-uploads';
import { DomainError } from '@/lib/server/errors';
import { getSetting } from '@/lib/server/settings';

// An upload is streamed to local disk (IMPORT_DIR, default .data/imports) and read there, but it
// is KEPT in PostgreSQL (ImportUploadChunk, under its key = ImportBatch.filePath), so any instance
// can analyse, run and resume any job: the local file is only a cache, rebuilt from the database
// when missing. Swept after the importUploadRetentionDays setting (sweepImportUploads).
// SPEC: 50 MB files; the issue: a 1,048,576-row file (≈115 MB of CSV) is accepted.
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export const importDir = () => process.env.IMPORT_DIR ?? path.join(process.cwd(), '.data', 'imports');

export type SavedUpload = { key: string; path: string; size: number };

export async function saveUpload(body: ReadableStream<Uint8Array> | Uint8Array | null, maxBytes = MAX_UPLOAD_BYTES): Promise<SavedUpload> {
  await mkdir(importDir(), { recursive: true });
  const key = `${randomUUID()}.upload`;
  const file = path.join(importDir(), key);
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
  return { key, path: file, size };
}

/** Keep an analysed upload in PostgreSQL (before its batch row refers to it). */
export async function keepUpload(saved: SavedUpload): Promise<void> {
  await storeUploadBytes(pgPool, saved.key, saved.path);
}

/** Forget an upload: its local copy and its stored bytes. */
export async function dropUpload(key: string): Promise<void> {
  await unlink(localPathOf(key)).catch(() => undefined);
  await deleteUploadBytes(pgPool, key);
}

// older rows (and the benchmarks) hold an absolute path; new ones a bare key
const localPathOf = (key: string) => (path.isAbsolute(key) ? key : path.join(importDir(), path.basename(key)));

/** A local file with the upload's bytes: the cached copy, else rebuilt from PostgreSQL; fileGone when neither exists. */
export async function localUpload(key: string | null): Promise<string> {
  if (!key) throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
  const file = localPathOf(key);
  if (
    await stat(file).then(
      (s) => s.isFile(),
      () => false,
    )
  )
    return file;
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomUUID()}.part`; // two requests rebuilding at once each write their own, then rename
  try {
    if (!(await loadUploadBytes(pgPool, path.basename(key), tmp))) throw new DomainError('UNPROCESSABLE', 'leads.errors.fileGone');
    await rename(tmp, file);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  return file;
}

/** Release and delete uploads past the retention setting, and local copies whose bytes are gone. */
export async function sweepImportUploads(): Promise<{ released: number; deleted: number; localRemoved: number }> {
  const days = await getSetting(db, 'importUploadRetentionDays');
  const r = await sweepUploadBytes(pgPool, days);
  const names = await readdir(importDir()).catch(() => [] as string[]);
  const keys = names.filter((n) => n.endsWith('.upload'));
  const alive = await storedUploadKeys(pgPool, keys);
  const old = Date.now() - 3_600_000; // an upload being analysed has no stored bytes yet: leave fresh files alone
  let localRemoved = 0;
  for (const k of keys) {
    if (alive.has(k)) continue;
    const file = path.join(importDir(), k);
    const s = await stat(file).catch(() => null);
    if (
      s &&
      s.mtimeMs < old &&
      (await unlink(file).then(
        () => true,
        () => false,
      ))
    )
      localRemoved++;
  }
  return { ...r, localRemoved };
}
