import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import './server-only';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { stagedCopy } from './staged-copy';
import { percentile, type BenchContext } from './types';
import { seedLeadsScale } from '../seed-leads-scale';

// Lead import and inbox benchmark (issue 3). Each measurement prints its ratio against a
// baseline run in the same process on the same rows:
//  • 100k-row CSV end to end (parse → validate → dedupe → unnest upsert → audit) vs the raw
//    baseline: COPY into a temp staging table + one INSERT … SELECT … ON CONFLICT. Target ≥ 0.7×.
//  • the same rows as XLSX vs the same baseline. Target ≥ 0.3×.
//  • a 1,048,576-row file (header + 1,048,575 rows) is accepted; peak RSS ≤ 512 MB.
//  • inbox at 1M leads: keyset first and later pages under every sort × filter, DB p95 ≤ 10 ms;
//    the page's data (page + capped count + campaigns) p95 ≤ 50 ms; baseline: an OFFSET page.

const TEMPS = ['Hot', 'Warm', 'Cold', '핫', '웜', '콜드'];
const SOURCES = ['세미나', '웹페이지', '블로그', 'White Paper', '명함', '뉴스레터'];
const HEADER = '이메일,회사명,담당자명,전화번호,온도,출처,캠페인,예산,웹사이트';

export async function writeCsv(file: string, rows: number, tag: string) {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(HEADER + '\r\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const bad = i % 100 === 99; // 1% bad rows
    buf += `${bad ? 'not-an-email' : `u${i}-${tag}@corp${i % 5000}.co.kr`},회사${i % 5000},담당자${i},010-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, '0')},${TEMPS[i % 6]},${SOURCES[i % 6]},캠페인 ${i % 50},${i % 3 === 0 ? `${(i % 90) + 1}00만` : ''},corp${i % 5000}.co.kr\r\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(() => r()));
}

export async function writeXlsx(file: string, rows: number, tag: string) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Leads');
  ws.addRow(HEADER.split(',')).commit();
  for (let i = 0; i < rows; i++) {
    const bad = i % 100 === 99;
    ws.addRow([
      bad ? 'not-an-email' : `u${i}-${tag}@corp${i % 5000}.co.kr`,
      `회사${i % 5000}`,
      `담당자${i}`,
      `010-${1000 + (i % 9000)}-${String(i % 10000).padStart(4, '0')}`,
      TEMPS[i % 6],
      SOURCES[i % 6],
      `캠페인 ${i % 50}`,
      i % 3 === 0 ? `${(i % 90) + 1}00만` : '',
      `corp${i % 5000}.co.kr`,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** The raw baseline: COPY the CSV into a temp staging table, then one set-based upsert. */
async function baseline(pool: pg.Pool, file: string) {
  return stagedCopy(
    pool,
    file,
    `email text, company text, name text, phone text, temperature text, source text, campaign text, budget text, website text`,
    async (c) => {
      const r = await c.query(`
      INSERT INTO "Lead" ("dedupeKey", email, company, name, phone, temperature, campaign, website, "companyDomain", "updatedAt")
      SELECT DISTINCT ON (lower(email)) 'e:' || lower(email), lower(email), company, name, phone,
             (CASE lower(temperature) WHEN 'hot' THEN 'HOT' WHEN '핫' THEN 'HOT' WHEN 'warm' THEN 'WARM' WHEN '웜' THEN 'WARM' ELSE 'COLD' END)::"Temperature",
             campaign, 'https://' || website, website, now()
        FROM stage WHERE email LIKE '%@%'
      ON CONFLICT ("dedupeKey") DO UPDATE SET phone = COALESCE("Lead".phone, EXCLUDED.phone)`);
      return r.rowCount ?? 0;
    },
  );
}

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 6 });
  const { runImport } = await import('@/lib/server/import/runner');
  const { autoMapHeaders } = await import('@/lib/domain/import/headers');
  const { listLeadsPage, countLeadsCapped, recentCampaigns } = await import('@/lib/db/queries/leads');
  const dir = await mkdtemp(path.join(tmpdir(), 'tierline-bench-leads-'));
  const { rows: u } = await pool.query(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ('bench-marketer@bench.local', '벤치 마케터', 'x', '{MARKETER}', now()) RETURNING id`,
  );
  const userId = u[0].id as string;
  const mapping = autoMapHeaders(HEADER.split(',')).mapping;
  const truncate = () => pool.query('TRUNCATE "Lead", "ImportRowError", "ImportBatch", "AuditLog" CASCADE');

  async function ours(file: string, format: 'csv' | 'xlsx') {
    const copy = path.join(dir, `run-${Date.now()}.${format}`);
    await copyFile(file, copy); // the job deletes its file when done
    const { rows } = await pool.query(
      `INSERT INTO "ImportBatch" ("fileName", "fileSize", format, "filePath", mapping, "createdById") VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [path.basename(file), (await stat(file)).size, format, copy, JSON.stringify(mapping), userId],
    );
    const t0 = performance.now();
    await runImport(rows[0].id);
    const secs = (performance.now() - t0) / 1000;
    const b = (await pool.query(`SELECT status, message, processed, created, failed FROM "ImportBatch" WHERE id = $1`, [rows[0].id]))
      .rows[0];
    if (b.status !== 'DONE') throw new Error(`import ${b.status}: ${b.message}`);
    return { secs, ...b };
  }

  // ── 100k CSV and XLSX vs COPY + upsert ──
  const N = Math.max(1000, Math.round(100_000 * ctx.scale));
  const csv = path.join(dir, 'leads.csv');
  const xlsx = path.join(dir, 'leads.xlsx');
  await writeCsv(csv, N, 'a');
  await writeXlsx(xlsx, N, 'a');
  ctx.log(
    `files: ${N.toLocaleString()} rows · CSV ${((await stat(csv)).size / 1048576).toFixed(1)} MB · XLSX ${((await stat(xlsx)).size / 1048576).toFixed(1)} MB`,
  );

  const baseRates: number[] = [];
  const csvRates: number[] = [];
  const xlsxRates: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    await truncate();
    let t0 = performance.now();
    const written = await baseline(pool, csv);
    baseRates.push(N / ((performance.now() - t0) / 1000));
    if (rep === 0) ctx.log(`baseline wrote ${written.toLocaleString()} rows`);
    await truncate();
    const r = await ours(csv, 'csv');
    csvRates.push(N / r.secs);
    if (rep === 0)
      ctx.log(
        `import CSV: processed ${r.processed.toLocaleString()}, created ${r.created.toLocaleString()}, failed ${r.failed.toLocaleString()}`,
      );
    await truncate();
    t0 = performance.now();
    const x = await ours(xlsx, 'xlsx');
    xlsxRates.push(N / x.secs);
  }
  const best = (a: number[]) => Math.max(...a);
  const baseRate = best(baseRates);
  ctx.log(`baseline COPY → staging + INSERT … SELECT … ON CONFLICT: ${Math.round(baseRate).toLocaleString()} rows/s (best of 3)`);
  ctx.log(
    `import CSV end to end: ${Math.round(best(csvRates)).toLocaleString()} rows/s → ${(best(csvRates) / baseRate).toFixed(2)}× baseline (target ≥ 0.70×)`,
  );
  ctx.log(
    `import XLSX end to end: ${Math.round(best(xlsxRates)).toLocaleString()} rows/s → ${(best(xlsxRates) / baseRate).toFixed(2)}× baseline (target ≥ 0.30×)`,
  );

  // re-import of the same file writes nothing
  const again = await ours(csv, 'csv');
  const { rows: audit } = await pool.query(
    `SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityId" IN (SELECT id::text FROM "ImportBatch" WHERE created = 0)`,
  );
  ctx.log(
    `re-import of the same CSV: created ${again.created}, ${Math.round(N / again.secs).toLocaleString()} rows/s, audit rows ${audit[0].n}`,
  );

  // ── a 1,048,576-row file ──
  const BIG = Math.round(1_048_575 * Math.min(1, ctx.scale));
  const big = path.join(dir, 'big.csv');
  await writeCsv(big, BIG, 'b');
  await truncate();
  // run in its own process: the peak RSS is the import's, as a server would see it
  const bigCopy = path.join(dir, 'big-run.csv');
  await copyFile(big, bigCopy);
  const { rows: bb } = await pool.query(
    `INSERT INTO "ImportBatch" ("fileName", "fileSize", format, "filePath", mapping, "createdById") VALUES ('big.csv', $1, 'csv', $2, $3, $4) RETURNING id`,
    [(await stat(big)).size, bigCopy, JSON.stringify(mapping), userId],
  );
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'leads-import-child.ts'), bb[0].id], {
    env: { ...process.env, DATABASE_URL: ctx.databaseUrl },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const child = JSON.parse(out.trim().split('\n').at(-1)!) as { secs: number; rss0: number; peak: number };
  const bigRun = (await pool.query(`SELECT status, processed FROM "ImportBatch" WHERE id = $1`, [bb[0].id])).rows[0];
  ctx.log(
    `1,048,576-row file (${((await stat(big)).size / 1048576).toFixed(0)} MB, ${(BIG + 1).toLocaleString()} rows incl. header): ${bigRun.status} · processed ${bigRun.processed.toLocaleString()} in ${child.secs.toFixed(1)} s (${Math.round(BIG / child.secs).toLocaleString()} rows/s → ${(BIG / child.secs / baseRate).toFixed(2)}× baseline) · import process peak RSS ${(child.peak / 1048576).toFixed(0)} MB (at start ${(child.rss0 / 1048576).toFixed(0)} MB; target ≤ 512 MB)`,
  );
  await rm(dir, { recursive: true, force: true });

  // ── inbox at 1M leads ──
  await truncate();
  const M = Math.round(1_000_000 * ctx.scale);
  const { owners } = await seedLeadsScale(pool, M, ctx.log);
  const scope = { ownerOnly: null };
  const base = { sort: 'created_desc' as const, limit: 50, cursor: undefined as string | undefined };
  const monthAgo = new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  const FILTERS: [string, Record<string, string>][] = [
    ['none', {}],
    ['status=SQL', { status: 'SQL' }],
    ['temperature=HOT', { temperature: 'HOT' }],
    ['source=SEMINAR', { source: 'SEMINAR' }],
    ['campaign', { campaign: '캠페인 7' }],
    ['owner', { owner: owners[3]! }],
    ['owner=none', { owner: 'none' }],
    ['created last 30 days', { from: monthAgo, to: today }],
    ['q=회사42', { q: '회사42' }],
    ['q=scale12345', { q: 'scale12345' }],
    ['status+temperature', { status: 'MQL', temperature: 'WARM' }],
  ];
  const SORTS = ['created_desc', 'created_asc', 'company_asc', 'company_desc'] as const;
  const all: number[] = []; // database execution time (EXPLAIN ANALYZE), per page
  const rtt: number[] = []; // round trip from this process, per page
  const worst: { label: string; p95: number }[] = [];
  const pageData: number[] = [];
  for (const sort of SORTS) {
    for (const [label, f] of FILTERS) {
      if (f.q && sort.startsWith('company')) continue; // not offered: a search is ordered by date
      const lat: number[] = [];
      for (let rep = 0; rep < 3; rep++) {
        let cursor: string | undefined;
        for (let page = 0; page < 4; page++) {
          let sql: { text: string; values: unknown[] } | null = null;
          const spy = { query: (text: string, values: unknown[]) => ((sql = { text, values }), pool.query(text, values)) };
          const t0 = performance.now();
          const r = await listLeadsPage(spy as never, { ...base, ...f, sort, cursor } as never, scope, userId);
          rtt.push(performance.now() - t0);
          const s2 = sql as unknown as { text: string; values: unknown[] };
          const ex = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${s2.text}`, s2.values);
          lat.push(ex.rows[0]['QUERY PLAN'][0]['Execution Time'] as number);
          cursor = r.nextCursor ?? undefined;
          if (!cursor) break;
        }
        const t1 = performance.now();
        // what the page loads: the page, the capped count (not for a search, as the page does) and the campaign list
        await Promise.all([
          listLeadsPage(pool, { ...base, ...f, sort } as never, scope, userId),
          f.q ? null : countLeadsCapped(pool, { ...base, ...f, sort } as never, scope, userId),
          recentCampaigns(pool),
        ]);
        pageData.push(performance.now() - t1);
      }
      all.push(...lat);
      worst.push({ label: `${sort} · ${label}`, p95: percentile(lat, 95) });
    }
  }
  worst.sort((a, b) => b.p95 - a.p95);
  const offLat: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await pool.query(`SELECT id FROM "Lead" ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.round(M / 2)} LIMIT 50`);
    offLat.push(performance.now() - t0);
  }
  const p95 = percentile(all, 95);
  ctx.log(
    `inbox at ${M.toLocaleString()} leads: keyset page DB p95 ${p95.toFixed(2)} ms (EXPLAIN ANALYZE execution) over ${all.length} pages (every offered sort × ${FILTERS.length} filters, first + 3 later pages; target ≤ 10 ms); round trip p95 ${percentile(rtt, 95).toFixed(2)} ms`,
  );
  ctx.log(
    `  slowest: ${worst
      .slice(0, 4)
      .map((w) => `${w.label} ${w.p95.toFixed(1)} ms`)
      .join(' | ')}`,
  );
  ctx.log(`  page data (page + capped count + campaigns, parallel) p95 ${percentile(pageData, 95).toFixed(2)} ms (target ≤ 50 ms)`);
  ctx.log(
    `  baseline OFFSET ${Math.round(M / 2).toLocaleString()} page (round trip): p95 ${percentile(offLat, 95).toFixed(1)} ms → keyset round trip is ${(percentile(offLat, 95) / percentile(rtt, 95)).toFixed(0)}× faster`,
  );
  const { pgPool } = await import('@/lib/db/pg');
  await pgPool.end().catch(() => undefined);
  await pool.end();
}
