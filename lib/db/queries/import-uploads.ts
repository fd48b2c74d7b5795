import 'server-only';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connectForJob } from '@/lib/db/pg';
import type { Queryable } from '@/lib/db/queryable';

// The bytes of an uploaded import file live in "ImportUploadChunk" (1 MiB pieces) so any server
// instance can analyse, run and resume any job. In and out with one COPY each (streamed: a
// 256 MB upload is never held in memory); bytea travels as hex text.

const PIECE = 1 << 20;

/** Stream a local file into the table under `key` (one COPY). */
export async function storeUploadBytes(pool: pg.Pool, key: string, file: string): Promise<void> {
  const client = await connectForJob(pool);
  try {
    let seq = 0;
    let carry: Buffer = Buffer.alloc(0);
    const line = (b: Buffer) => `${key}\t${seq++}\t\\\\x${b.toString('hex')}\n`;
    const toRows = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        carry = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        let out = '';
        while (carry.length >= PIECE) {
          out += line(carry.subarray(0, PIECE));
          carry = carry.subarray(PIECE);
        }
        cb(null, out || undefined);
      },
      flush(cb) {
        cb(null, carry.length || seq === 0 ? line(carry) : undefined);
      },
    });
    await pipeline(
      createReadStream(file, { highWaterMark: PIECE }),
      toRows,
      client.query(copyFrom(`COPY "ImportUploadChunk" ("uploadKey", seq, data) FROM STDIN`)),
    );
  } finally {
    client.release();
  }
}

/** Write the stored bytes of `key` to a local file (one COPY); false when nothing is stored. */
export async function loadUploadBytes(pool: pg.Pool, key: string, file: string): Promise<boolean> {
  const client = await connectForJob(pool);
  let pieces = 0;
  try {
    let rest = '';
    const fromRows = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        const lines = (rest + chunk.toString('latin1')).split('\n');
        rest = lines.pop() ?? '';
        const bufs = lines.filter(Boolean).map((l) => Buffer.from(l.slice(3), 'hex')); // each line is \\x<hex>
        pieces += bufs.length;
        cb(null, bufs.length ? Buffer.concat(bufs) : undefined);
      },
    });
    const escaped = key.replace(/'/g, "''");
    await pipeline(
      client.query(copyTo(`COPY (SELECT data FROM "ImportUploadChunk" WHERE "uploadKey" = '${escaped}' ORDER BY seq) TO STDOUT`)),
      fromRows,
      createWriteStream(file),
    );
  } finally {
    client.release();
  }
  return pieces > 0;
}

export async function deleteUploadBytes(q: Queryable, key: string): Promise<void> {
  await q.query(`DELETE FROM "ImportUploadChunk" WHERE "uploadKey" = $1`, [key]);
}

/**
 * The sweep: a batch that can no longer use its file lets go of it — failed jobs at once, dry runs
 * and abandoned drafts (uploaded, never started) after `retentionDays` — then stored bytes no
 * batch refers to are deleted (after an hour's grace: an upload is stored just before its batch row).
 */
export async function sweepUploadBytes(q: Queryable, retentionDays: number): Promise<{ released: number; deleted: number }> {
  const released = await q.query(
    `UPDATE "ImportBatch" SET "filePath" = NULL
      WHERE "filePath" IS NOT NULL
        AND (status = 'FAILED'
             OR (status = 'DONE' OR (status = 'PENDING' AND mapping IS NULL)) AND "createdAt" < now() - make_interval(days => $1))`,
    [retentionDays],
  );
  const deleted = await q.query(
    `DELETE FROM "ImportUploadChunk" c
      WHERE c."createdAt" < now() - interval '1 hour'
        AND NOT EXISTS (SELECT 1 FROM "ImportBatch" b WHERE b."filePath" = c."uploadKey")`,
  );
  return { released: released.rowCount ?? 0, deleted: deleted.rowCount ?? 0 };
}

/** Which of these keys still have stored bytes (to drop stale local copies). */
export async function storedUploadKeys(q: Queryable, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const { rows } = await q.query(`SELECT DISTINCT "uploadKey" AS k FROM "ImportUploadChunk" WHERE "uploadKey" = ANY($1::text[])`, [keys]);
  return new Set(rows.map((r) => r.k as string));
}
