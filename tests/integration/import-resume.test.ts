// the app loads this before exceljs (instrumentation → runner → source); so does this test file
import '@/lib/server/import/exceljs-fix';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { previewImport, startImport, uploadImport } from '@/lib/server/commands/leads/import';
import { runImport } from '@/lib/server/import/runner';
import { runPipelineImport } from '@/lib/server/import/pipeline-runner';
import { uploadPipelineImport } from '@/lib/server/commands/pipeline-import/upload-pipeline-import';
import { sweepImportUploads } from '@/lib/server/import/storage';
import { updateGeneralSettings } from '@/lib/server/commands/reference';
import { createUser, sessionFor } from '../factories';

// Crash and resume of a lead import, and uploads kept in PostgreSQL (any instance runs any job).
const dir = mkdtempSync(path.join(os.tmpdir(), 'tl-import-'));
process.env.IMPORT_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = (s: string) => new TextEncoder().encode(s);
// 12,000 new leads (company only), then 1,000 repeats of the first ones that bring a name:
// chunks of 5,000 → seq 0 and 1 all new, seq 2 = 2,000 new + 1,000 fills (updated)
function bigCsv() {
  const lines = ['email,company,name'];
  for (let i = 0; i < 12_000; i++) lines.push(`p${i}@resume.co.kr,회사${i},`);
  for (let i = 0; i < 1_000; i++) lines.push(`p${i}@resume.co.kr,회사${i},이름${i}`);
  return lines.join('\n') + '\n';
}
const MAPPING = { email: 0, company: 1, name: 2 };

async function queued(csv: string) {
  const u = await createUser({ roles: ['MARKETER'] });
  const s = sessionFor(u);
  const up = await uploadImport(db, s, { fileName: 'resume.csv', body: enc(csv) });
  // queue it without starting it in this process: the test runs the job itself
  await db.importBatch.update({ where: { id: up.batchId }, data: { mapping: MAPPING } });
  return { s, batchId: up.batchId };
}

// the fault: the connection writing chunk 2 is terminated by the server inside its transaction
const FAULT = `
  CREATE FUNCTION tl_fault() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN IF NEW.seq = 2 THEN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF; RETURN NEW; END $$;
  CREATE TRIGGER tl_fault AFTER INSERT ON "ImportChunk" FOR EACH ROW EXECUTE FUNCTION tl_fault();`;
const HEAL = `DROP TRIGGER tl_fault ON "ImportChunk"; DROP FUNCTION tl_fault();`;

describe('lead import: crash mid-file, then resume', () => {
  test('rows written before the crash count as created; no partial chunk; exact counts; re-import a no-op', async () => {
    const { s, batchId } = await queued(bigCsv());
    await pgPool.query(FAULT);
    try {
      await runImport(batchId);
    } finally {
      await pgPool.query(HEAL);
    }
    // the lost connection put the job back in the queue (not FAILED)
    const mid = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(mid).toMatchObject({ status: 'PENDING', heartbeatAt: null });
    const chunks = await db.importChunk.findMany({ where: { batchId }, orderBy: { seq: 'asc' } });
    expect(chunks.map((c) => c.seq)).toContain(0);
    expect(chunks.map((c) => c.seq)).not.toContain(2);
    // every committed chunk whole, nothing of the killed one: leads = what the chunks say they created
    const before = await db.lead.count();
    expect(before).toBe(chunks.reduce((n, c) => n + c.created, 0));
    expect(before % 5_000).toBe(0);
    expect(before).toBeGreaterThan(0);

    await runImport(batchId); // what the other instance does when it picks the job up
    const done = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(done).toMatchObject({ status: 'DONE', processed: 13_000, created: 12_000, updated: 1_000, skipped: 0, failed: 0 });
    expect(await db.lead.count()).toBe(12_000);
    expect(await db.lead.count({ where: { name: { not: null } } })).toBe(1_000);
    expect(await db.importChunk.count({ where: { batchId } })).toBe(0);
    expect(await db.auditLog.findMany({ where: { action: 'lead.import', entityId: batchId } })).toHaveLength(1);
    expect(await db.importUploadChunk.count()).toBe(0); // the real run is over: its upload is gone

    // the same file again: nothing to write
    const again = await queued(bigCsv());
    await runImport(again.batchId);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: again.batchId } })).toMatchObject({
      status: 'DONE',
      created: 0,
      updated: 0,
      skipped: 13_000,
    });
    expect(s.userId).toBeTruthy();
  }, 180_000); // 26,000 rows written, twice over, on a shared machine
});

describe('pipeline import: crash mid-file, then resume', () => {
  // 12,000 deals (external key per row) in chunks of 5,000, plus one row another deal's 공고번호/차수
  // already holds in chunk 0 (refused by the chunk's own write): seq 0 and 1 commit, seq 2 is killed
  function sheet() {
    const lines = ['사업명,고객사,담당자,티어,금액(억원),외부 키,공고번호,차수'];
    for (let i = 0; i < 12_000; i++)
      lines.push(`사업${i},고객${i % 300},rep@resume.kr,4,1,R-${i},${i === 0 ? 'B-1' : ''},${i === 0 ? '1' : ''}`);
    lines.splice(2, 0, `중복 공고,고객0,rep@resume.kr,4,1,R-dup,B-1,1`);
    return lines.join('\n') + '\n';
  }

  test('rows written before the crash count as created, refused rows as failed; exact counts; re-import a no-op', async () => {
    const mgr = await createUser({ roles: ['SALES_MANAGER'], email: 'mgr@resume.kr' });
    await createUser({ roles: ['SALES_REP'], email: 'rep@resume.kr', managerId: mgr.id });
    const s = sessionFor(mgr);
    const queue = async () => {
      const up = await uploadPipelineImport(db, s, { fileName: 'pipeline.csv', body: enc(sheet()) });
      await db.importBatch.update({ where: { id: up.batchId }, data: { mapping: up.analysis.autoMapping } });
      return up.batchId;
    };
    const batchId = await queue();
    await pgPool.query(FAULT);
    try {
      await runPipelineImport(batchId);
    } finally {
      await pgPool.query(HEAL);
    }
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ status: 'PENDING' });
    const chunks = await db.importChunk.findMany({ where: { batchId }, orderBy: { seq: 'asc' } });
    expect(chunks.map((c) => c.seq)).toEqual([0, 1]);
    expect(chunks[0]).toMatchObject({ failed: 1 }); // the duplicate 공고번호/차수, refused by the write
    const before = await db.opportunity.count();
    expect(before).toBe(chunks.reduce((n, c) => n + c.created, 0));
    expect(before).toBe(9_999);
    expect(await db.importRowError.count({ where: { batchId } })).toBe(1); // kept with its chunk

    await runPipelineImport(batchId); // the other instance picks the job up
    const done = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(done).toMatchObject({ status: 'DONE', processed: 12_001, created: 12_000, updated: 0, skipped: 0, failed: 1 });
    expect(await db.opportunity.count()).toBe(12_000);
    expect(await db.tierChange.count()).toBe(12_000); // one first history row per deal, none twice
    expect(await db.importRowError.count({ where: { batchId } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { action: 'opportunity.import', entityId: batchId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ created: 12_000, failed: 1, accountsCreated: 300 });

    const again = await queue();
    await runPipelineImport(again);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: again } })).toMatchObject({ status: 'DONE', created: 0, updated: 0 });
    expect(await db.opportunity.count()).toBe(12_000);
  }, 180_000);
});

describe('uploads live in PostgreSQL', () => {
  test('another instance (no local file) previews, runs and finishes the job from the stored bytes', async () => {
    const u = await createUser({ roles: ['MARKETER'] });
    const s = sessionFor(u);
    const up = await uploadImport(db, s, { fileName: 'a.csv', body: enc('email,company\na@one.co.kr,하나\nb@two.co.kr,둘\n') });
    const b = await db.importBatch.findUniqueOrThrow({ where: { id: up.batchId } });
    expect(path.isAbsolute(b.filePath!)).toBe(false); // a key, not this machine's path
    expect(await db.importUploadChunk.count({ where: { uploadKey: b.filePath! } })).toBe(1);
    rmSync(path.join(dir, b.filePath!)); // the other instance never saw the file
    const preview = await previewImport(db, s, { batchId: up.batchId, mapping: { email: 0, company: 1 } });
    expect(preview.headers).toEqual(['email', 'company']);
    rmSync(path.join(dir, b.filePath!));
    await startImport(db, s, { batchId: up.batchId, mapping: { email: 0, company: 1 }, dryRun: false });
    let done = null;
    for (let i = 0; i < 100 && done?.status !== 'DONE'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      done = await db.importBatch.findUniqueOrThrow({ where: { id: up.batchId } });
    }
    expect(done).toMatchObject({ status: 'DONE', created: 2, filePath: null });
    expect(await db.importUploadChunk.count()).toBe(0);
  });

  test('a 3 MB upload round-trips byte for byte through its 1 MiB pieces', async () => {
    const u = await createUser({ roles: ['MARKETER'] });
    const lines = ['email,company,notes'];
    for (let i = 0; i < 30_000; i++) lines.push(`r${i}@bytes.co.kr,회사${i},${'메모'.repeat(20)}`);
    const csv = lines.join('\n') + '\n';
    const up = await uploadImport(db, sessionFor(u), { fileName: 'big.csv', body: enc(csv) });
    const key = (await db.importBatch.findUniqueOrThrow({ where: { id: up.batchId } })).filePath!;
    const pieces = await db.importUploadChunk.findMany({ where: { uploadKey: key }, orderBy: { seq: 'asc' } });
    expect(pieces.length).toBe(Math.ceil(Buffer.byteLength(csv) / (1 << 20)));
    expect(Buffer.concat(pieces.map((p) => Buffer.from(p.data))).toString('utf8')).toBe(csv);
  });

  test('the sweep: dry runs and abandoned drafts after the retention setting, failed jobs at once, running ones never', async () => {
    const u = await createUser({ roles: ['MARKETER'] });
    const s = sessionFor(u);
    const csv = enc('email\nx@y.co.kr\n');
    const mk = async () => (await uploadImport(db, s, { fileName: 'f.csv', body: csv })).batchId;
    const [draftOld, draftNew, dryOld, failed, running] = [await mk(), await mk(), await mk(), await mk(), await mk()];
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    await db.importBatch.update({ where: { id: draftOld }, data: { createdAt: daysAgo(8) } });
    await db.importBatch.update({ where: { id: draftNew }, data: { createdAt: daysAgo(2) } });
    await db.importBatch.update({
      where: { id: dryOld },
      data: { createdAt: daysAgo(8), status: 'DONE', dryRun: true, mapping: { email: 0 } },
    });
    await db.importBatch.update({ where: { id: failed }, data: { status: 'FAILED', mapping: { email: 0 } } });
    await db.importBatch.update({ where: { id: running }, data: { createdAt: daysAgo(30), status: 'RUNNING', mapping: { email: 0 } } });
    await db.importUploadChunk.updateMany({ data: { createdAt: daysAgo(30) } });

    const r = await sweepImportUploads(); // default retention: 7 days
    expect(r).toMatchObject({ released: 3, deleted: 3 });
    const kept = await db.importBatch.findMany({ where: { filePath: { not: null } }, select: { id: true } });
    expect(kept.map((k) => k.id).sort()).toEqual([draftNew, running].sort());
    expect(await db.importUploadChunk.count()).toBe(2);

    // a longer retention (the admin's general setting) keeps an 8-day-old draft
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    expect(await updateGeneralSettings(db, admin, { importUploadRetentionDays: 10 })).toMatchObject({ importUploadRetentionDays: 10 });
    const other = await mk();
    await db.importBatch.update({ where: { id: other }, data: { createdAt: daysAgo(8) } });
    expect((await sweepImportUploads()).released).toBe(0);
  });
});
