import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { ColumnMapping } from '@/lib/domain/import/headers';
import type { Queryable } from '@/lib/db/queryable';

// The lead import job's state is its ImportBatch row (kind LEAD) (lib/server/import/runner.ts): claimed with a
// lease (status RUNNING + heartbeatAt), progress written as chunks land, finished or failed.
// Straight through the pg pool: the job runs beside the bulk upserts on the same pool.

export type ClaimedBatch = {
  id: string;
  filePath: string | null;
  mapping: ColumnMapping | null;
  dryRun: boolean;
  createdById: string;
  fileName: string;
  format: string;
};

export type BatchCounts = { processed: number; created: number; updated: number; skipped: number; failed: number };

/** Take the batch if it is queued or its worker's lease ran out; null if another worker holds it. */
export async function claimImportBatch(
  q: Queryable,
  batchId: string,
  leaseSeconds: number,
  kind: 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT' = 'LEAD',
): Promise<ClaimedBatch | null> {
  const { rows } = await q.query(
    `UPDATE "ImportBatch"
        SET status = 'RUNNING', "heartbeatAt" = now(), processed = 0, created = 0, updated = 0, skipped = 0, failed = 0, message = NULL
      WHERE id = $1 AND kind = $3 AND mapping IS NOT NULL
        AND (status = 'PENDING' OR (status = 'RUNNING' AND "heartbeatAt" < now() - make_interval(secs => $2)))
      RETURNING id, "filePath", mapping, "dryRun", "createdById", "fileName", format`,
    [batchId, leaseSeconds, kind],
  );
  return (rows[0] as ClaimedBatch) ?? null;
}

/** A resumed job starts over: forget the row errors of the earlier attempt. */
export async function clearImportRowErrors(q: Queryable, batchId: string): Promise<void> {
  await q.query(`DELETE FROM "ImportRowError" WHERE "batchId" = $1`, [batchId]);
}

export type ChunkCounts = { created: number; updated: number; skipped: number; failed?: number; accountsCreated?: number };

/** The chunks an earlier attempt of this job committed, by sequence number, with what each wrote. */
export async function committedImportChunks(q: Queryable, batchId: string): Promise<Map<number, ChunkCounts>> {
  const { rows } = await q.query(
    `SELECT seq, created, updated, skipped, failed, "accountsCreated" FROM "ImportChunk" WHERE "batchId" = $1`,
    [batchId],
  );
  return new Map(
    rows.map((r) => [
      r.seq as number,
      { created: r.created, updated: r.updated, skipped: r.skipped, failed: r.failed, accountsCreated: r.accountsCreated },
    ]),
  );
}

/** Inside the chunk's own transaction, beside its rows: what it wrote. */
export async function recordImportChunk(q: Queryable, batchId: string, seq: number, c: ChunkCounts): Promise<void> {
  await q.query(
    `INSERT INTO "ImportChunk" ("batchId", seq, created, updated, skipped, failed, "accountsCreated") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [batchId, seq, c.created, c.updated, c.skipped, c.failed ?? 0, c.accountsCreated ?? 0],
  );
}

/** The job lost its database connection: back in the queue, for whichever instance checks first. */
export async function requeueImportBatch(q: Queryable, batchId: string): Promise<void> {
  await q.query(`UPDATE "ImportBatch" SET status = 'PENDING', "heartbeatAt" = NULL WHERE id = $1 AND status = 'RUNNING'`, [batchId]);
}

export async function failImportBatch(q: Queryable, batchId: string, message: string): Promise<void> {
  await q.query(`UPDATE "ImportBatch" SET status = 'FAILED', message = $2, "finishedAt" = now(), "heartbeatAt" = NULL WHERE id = $1`, [
    batchId,
    message,
  ]);
}

export async function setImportBatchTotal(q: Queryable, batchId: string, total: number | null, encoding: string | null): Promise<void> {
  await q.query(`UPDATE "ImportBatch" SET total = $2, encoding = $3, "heartbeatAt" = now() WHERE id = $1`, [batchId, total, encoding]);
}

/** Progress after a chunk (never backwards: chunks land out of order) + the lease's heartbeat. */
export async function recordImportProgress(q: Queryable, batchId: string, processed: number, c: Omit<BatchCounts, 'processed'>) {
  await q.query(
    `UPDATE "ImportBatch" SET processed = GREATEST(processed, $2), created = GREATEST(created, $3), updated = GREATEST(updated, $4),
            skipped = GREATEST(skipped, $5), failed = GREATEST(failed, $6), "heartbeatAt" = now() WHERE id = $1`,
    [batchId, processed, c.created, c.updated, c.skipped, c.failed],
  );
}

/** Queued batches and those whose worker died (lease expired), oldest first, with their kind (LEAD or PIPELINE). */
export async function resumableImportBatches(q: Queryable, leaseSeconds: number, limit = 10): Promise<{ id: string; kind: string }[]> {
  const { rows } = await q.query(
    `SELECT id, kind FROM "ImportBatch"
      WHERE mapping IS NOT NULL AND (status = 'PENDING' OR (status = 'RUNNING' AND "heartbeatAt" < now() - make_interval(secs => $1)))
      ORDER BY "createdAt" LIMIT $2`,
    [leaseSeconds, limit],
  );
  return rows as { id: string; kind: string }[];
}

/**
 * Mark the batch DONE with its final counts (inside the caller's transaction, beside its audit row).
 * `forgetFile` also deletes the upload's stored bytes in the same transaction, so no reader ever
 * sees a DONE batch whose bytes are still kept (the local cached copy is the caller's to unlink).
 */
export async function finishImportBatch(
  db: Db,
  batchId: string,
  counts: BatchCounts,
  message: string | null,
  opts: { forgetFile: boolean; uploadKey?: string | null },
): Promise<void> {
  await db.importChunk.deleteMany({ where: { batchId } }); // only a resumed job needs them
  if (opts.forgetFile && opts.uploadKey) await db.importUploadChunk.deleteMany({ where: { uploadKey: opts.uploadKey } });
  await db.importBatch.update({
    where: { id: batchId },
    data: {
      status: 'DONE',
      total: counts.processed,
      ...counts,
      message,
      finishedAt: new Date(),
      heartbeatAt: null,
      ...(opts.forgetFile ? { filePath: null } : {}),
    },
  });
}

/** The locale of the user who started the batch (the job's messages are in their language). */
export async function importOwnerLocale(db: Db, userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user?.locale ?? null;
}

export type StartableBatch = {
  id: string;
  kind: string;
  status: string;
  mapping: unknown;
  dryRun: boolean;
  fileName: string;
  fileSize: number;
  format: string;
  encoding: string | null;
  filePath: string | null;
};

/**
 * Queue a batch to run (every import kind's "start"): a draft batch starts in place (once: a second
 * start is a CONFLICT), a finished dry run's file is imported again as a NEW batch (each run keeps
 * its own counts) and a real run takes the file over. Returns the id to run, or null when the batch
 * was started already.
 */
export async function queueImportBatch(
  db: Db,
  b: StartableBatch,
  run: { mapping: Prisma.InputJsonValue; dryRun: boolean; createdById: string },
): Promise<string | null> {
  if (b.status === 'PENDING' && b.mapping === null) {
    const n = await db.importBatch.updateMany({
      where: { id: b.id, status: 'PENDING', mapping: { equals: Prisma.AnyNull } },
      data: { mapping: run.mapping, dryRun: run.dryRun },
    });
    return n.count === 1 ? b.id : null;
  }
  if (b.status !== 'DONE' || !b.dryRun) return null;
  const nb = await db.importBatch.create({
    data: {
      kind: b.kind,
      fileName: b.fileName,
      fileSize: b.fileSize,
      format: b.format,
      encoding: b.encoding,
      filePath: b.filePath,
      mapping: run.mapping,
      dryRun: run.dryRun,
      createdById: run.createdById,
    },
  });
  if (!run.dryRun) await db.importBatch.update({ where: { id: b.id }, data: { filePath: null } }); // the real run owns the file now
  return nb.id;
}

/** An import batch of one kind (the wizards' preview and start load the draft they continue). */
export function findImportBatchOfKind(db: Db, batchId: string, kind: 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT') {
  return db.importBatch.findFirst({ where: { id: batchId, kind } });
}

/** Any import batch by id (the status and error file check its kind's permission). */
export function findImportBatch(db: Db, batchId: string) {
  return db.importBatch.findUnique({ where: { id: batchId } });
}

/** The first `take` row errors of a batch, by row. */
export function listImportRowErrors(db: Db, batchId: string, take: number) {
  return db.importRowError.findMany({ where: { batchId }, orderBy: [{ row: 'asc' }, { id: 'asc' }], take });
}

/** The next page of a batch's row errors after id `after` (keyset over ids: the error file's stream). */
export function importRowErrorsAfter(
  db: Db,
  batchId: string,
  after: bigint | null,
  take: number,
): Promise<{ id: bigint; row: number; column: string | null; message: string }[]> {
  return db.importRowError.findMany({
    where: { batchId, ...(after !== null ? { id: { gt: after } } : {}) },
    orderBy: { id: 'asc' },
    take,
    select: { id: true, row: true, column: true, message: true },
  });
}

/** The lead import's history: started batches (drafts never started are left out), newest first. */
export function listLeadImportBatches(db: Db, take: number) {
  return db.importBatch.findMany({
    where: { kind: 'LEAD', NOT: { mapping: { equals: Prisma.AnyNull } } },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      fileName: true,
      format: true,
      encoding: true,
      dryRun: true,
      status: true,
      total: true,
      processed: true,
      created: true,
      updated: true,
      skipped: true,
      failed: true,
      message: true,
      createdAt: true,
      finishedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

type ImportKind = 'LEAD' | 'PIPELINE' | 'PEOPLE' | 'ACCOUNT';

/** A draft batch for a stored upload (analysed, not started). */
export function insertDraftImportBatch(
  db: Db,
  b: {
    kind: ImportKind;
    fileName: string;
    fileSize: number;
    format: string;
    encoding: string | null;
    filePath: string;
    createdById: string;
  },
) {
  return db.importBatch.create({ data: b, select: { id: true } });
}

/**
 * Delete a draft batch (uploaded, never started) and return its upload key, or null when it is no
 * draft (started meanwhile, or gone). The one-shot API import uses it when its start is refused: a
 * refused request leaves no row behind.
 */
export async function discardDraftImportBatch(q: Queryable, batchId: string): Promise<{ filePath: string | null } | null> {
  const { rows } = await q.query<{ filePath: string | null }>(
    `DELETE FROM "ImportBatch" WHERE id = $1 AND status = 'PENDING' AND mapping IS NULL RETURNING "filePath"`,
    [batchId],
  );
  return rows[0] ?? null;
}
