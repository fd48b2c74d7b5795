import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { stagedCopy } from './staged-copy';
import type { BenchContext } from './types';
import { withBrnCheckDigit } from '../../lib/domain/leads/normalize';

// Pipeline import benchmark (issue 10): a 100,000-row pipeline sheet end to end (parse → row
// rules → in-file dedupe → per chunk: accounts resolved by 사업자등록번호/domain/name or created,
// deals matched or inserted, first tier-history rows) vs a raw baseline on the same rows in the
// same run: COPY into a staging table → INSERT … SELECT accounts → INSERT … SELECT deals (owners
// and categories joined) → INSERT … SELECT history. Targets: ≥ 0.5× the baseline's rows/s, peak
// RSS ≤ 512 MB (the job in its own process), a re-import of the same file writes nothing.

const HEADER =
  '사업명,고객사,사업자등록번호,담당자,티어,금액(억원),예상 종료일,사업 구분,국내/해외,국가/지역,다음 단계,외부 키,티어 진입일';
const TIERS = ['4', 'Tier 3', '티어 2', '1', '수주', '실주', '입찰 포기', 'Drop', 'T4', '사업기회 개발'];
const REPS = 20;

/** A 사업자등록번호 with its check digit. */
const brn = (n: number) => withBrnCheckDigit(String(1000000000 + n * 7919).slice(1, 10));

async function writeSheet(file: string, rows: number) {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(HEADER + '\r\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const acc = i % 8000;
    const overseas = i % 10 === 9;
    buf +=
      [
        `사업 ${i}`,
        `고객사 ${acc}`,
        acc % 3 === 0 ? brn(acc) : '',
        `rep${i % REPS}@bench.local`,
        TIERS[i % TIERS.length],
        ((i % 500) / 10 + 0.1).toFixed(1),
        `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
        ['SI', 'SM', '솔루션'][i % 3],
        overseas ? '해외' : '국내',
        overseas ? '베트남' : '수도권',
        `다음 단계 ${i % 7}`,
        `EXT-${i}`,
        `2026-${String((i % 9) + 1).padStart(2, '0')}-01`,
      ].join(',') + '\r\n';
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(() => r()));
}

/** The raw baseline: COPY → staging → INSERT … SELECT (accounts, deals, history), one transaction. */
async function baseline(pool: pg.Pool, file: string) {
  return stagedCopy(
    pool,
    file,
    `name text, acc text, brn text, owner text, tier text, amount text, close text, cat text,
      scope text, loc text, next text, ext text, entered text`,
    async (c) => {
      await c.query(`INSERT INTO "Account" (name, "nameNormalized", "businessRegistrationNo", "updatedAt")
      SELECT DISTINCT ON (acc) acc, lower(replace(acc, ' ', '')), nullif(brn, ''), now() FROM stage ORDER BY acc
      ON CONFLICT DO NOTHING`);
      const r = await c.query(`
      WITH ins AS (
        INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, tier, outcome, "expectedCloseDate", "businessCategoryId", "regionScope",
            country, "nextStep", "externalKey", "tierEnteredAt", "updatedAt")
        SELECT s.name, a.id, u.id, s.amount::numeric * 100000000,
               CASE WHEN s.tier IN ('수주','실주','입찰 포기','Drop') THEN 0 ELSE coalesce(substring(s.tier from '[0-4]')::int, 3) END,
               (CASE s.tier WHEN '수주' THEN 'WON' WHEN '실주' THEN 'LOST' WHEN '입찰 포기' THEN 'NO_BID' WHEN 'Drop' THEN 'DROPPED' ELSE 'OPEN' END)::"Outcome",
               s.close::date, bc.id, (CASE s.scope WHEN '해외' THEN 'OVERSEAS' ELSE 'DOMESTIC' END)::"RegionScope",
               CASE s.scope WHEN '해외' THEN 'VN' ELSE 'KR' END, s.next, s.ext, s.entered::date, now()
        FROM stage s JOIN "Account" a ON a.name = s.acc JOIN "User" u ON u.email = s.owner
        LEFT JOIN "BusinessCategory" bc ON bc.code = s.cat OR bc."nameKo" = s.cat
        RETURNING id, tier, outcome, "tierEnteredAt")
      INSERT INTO "TierChange" ("opportunityId", "fromTier", "toTier", "toOutcome", reason, "changedAt")
      SELECT id, NULL, tier, outcome, 'import', "tierEnteredAt" FROM ins`);
      return r.rowCount ?? 0;
    },
  );
}

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const dir = await mkdtemp(path.join(tmpdir(), 'tierline-bench-pipeline-'));
  const { rows: u } = await pool.query(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ('bench-manager@bench.local', '벤치 팀장', 'x', '{SALES_MANAGER}', now()) RETURNING id`,
  );
  const managerId = u[0].id as string;
  await pool.query(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "managerId", "updatedAt")
     SELECT 'rep' || g || '@bench.local', '벤치 영업 ' || g, 'x', '{SALES_REP}', $1, now() FROM generate_series(0, ${REPS - 1}) g`,
    [managerId],
  );
  await pool.query(
    `INSERT INTO "BusinessCategory" (code, "nameKo", "nameEn") VALUES ('SI', '시스템 구축', 'SI'), ('SM', '유지보수', 'SM'), ('SOL', '솔루션', 'Solution')`,
  );
  await pool.query(`INSERT INTO "SalesRegion" (code, "nameKo", "nameEn", scope) VALUES ('CAP', '수도권', 'Capital area', 'DOMESTIC')`);
  const truncate = () =>
    pool.query('TRUNCATE "Opportunity", "TierChange", "Account", "ImportRowError", "ImportBatch", "AuditLog", "ReportSummary" CASCADE');
  const mapping = {
    columns: {
      name: 0,
      accountName: 1,
      businessRegistrationNo: 2,
      owner: 3,
      tier: 4,
      amount: 5,
      expectedCloseDate: 6,
      category: 7,
      regionScope: 8,
      location: 9,
      nextStep: 10,
      externalKey: 11,
      tierEnteredAt: 12,
    },
    amountUnit: 'EOK',
  };

  function runChild(batchId: string) {
    const r = spawnSync(
      path.join(import.meta.dirname, '../../node_modules/.bin/tsx'),
      [path.join(import.meta.dirname, 'pipeline-import-child.ts'), batchId],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: ctx.databaseUrl },
        maxBuffer: 1 << 26,
      },
    );
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { secs: number; rss0: number; peak: number };
  }
  async function ours(file: string) {
    const copy = path.join(dir, `run-${Date.now()}.csv`);
    await copyFile(file, copy);
    const { rows } = await pool.query(
      `INSERT INTO "ImportBatch" (kind, "fileName", "fileSize", format, "filePath", mapping, "createdById") VALUES ('PIPELINE', $1, $2, 'csv', $3, $4, $5) RETURNING id`,
      [path.basename(file), (await stat(file)).size, copy, JSON.stringify(mapping), managerId],
    );
    const child = runChild(rows[0].id);
    const b = (
      await pool.query(`SELECT status, message, processed, created, updated, skipped, failed FROM "ImportBatch" WHERE id = $1`, [
        rows[0].id,
      ])
    ).rows[0];
    if (b.status !== 'DONE') throw new Error(`import ${b.status}: ${b.message}`);
    return { ...child, ...b };
  }
  const tableState = async () =>
    (
      await pool.query(`SELECT (SELECT count(*) FROM "Opportunity")::int AS opps, (SELECT count(*) FROM "TierChange")::int AS history,
        (SELECT count(*) FROM "Account")::int AS accounts, (SELECT coalesce(sum(version), 0) FROM "Opportunity")::int AS versions,
        (SELECT max("updatedAt") FROM "Opportunity") AS touched`)
    ).rows[0];

  const N = Math.max(1000, Math.round(100_000 * ctx.scale));
  const file = path.join(dir, 'pipeline.csv');
  await writeSheet(file, N);
  ctx.log(`file: ${N.toLocaleString()} rows · CSV ${((await stat(file)).size / 1048576).toFixed(1)} MB`);

  const base: number[] = [];
  const mine: number[] = [];
  let peak = 0;
  for (let rep = 0; rep < 2; rep++) {
    await truncate();
    const t0 = performance.now();
    const written = await baseline(pool, file);
    base.push(N / ((performance.now() - t0) / 1000));
    if (rep === 0) ctx.log(`baseline wrote ${written.toLocaleString()} deals with their history rows`);
    await truncate();
    const r = await ours(file);
    mine.push(N / r.secs);
    peak = Math.max(peak, r.peak);
    if (rep === 0) {
      const s = await tableState();
      ctx.log(
        `import: processed ${r.processed}, created ${r.created}, failed ${r.failed}; ${s.opps} deals, ${s.history} history rows, ${s.accounts} accounts`,
      );
    }
  }
  const best = (xs: number[]) => Math.max(...xs);
  const ratio = best(mine) / best(base);
  ctx.log(
    `baseline COPY → staging → INSERT … SELECT: ${Math.round(best(base)).toLocaleString()} rows/s (runs: ${base.map((x) => Math.round(x)).join(', ')})`,
  );
  ctx.log(
    `pipeline import end to end:              ${Math.round(best(mine)).toLocaleString()} rows/s (runs: ${mine.map((x) => Math.round(x)).join(', ')})`,
  );
  ctx.log(`ratio ${ratio.toFixed(2)}× (target ≥ 0.5×) ${ratio >= 0.5 ? 'PASS' : 'FAIL'}`);
  ctx.log(`peak RSS of the import process ${(peak / 1048576).toFixed(0)} MB (target ≤ 512 MB) ${peak <= 512 * 1048576 ? 'PASS' : 'FAIL'}`);

  const before = await tableState();
  const again = await ours(file);
  const after = await tableState();
  const same = JSON.stringify(before) === JSON.stringify(after) && again.created === 0 && again.updated === 0;
  ctx.log(
    `re-import: created ${again.created}, updated ${again.updated}, skipped ${again.skipped} in ${again.secs.toFixed(1)} s; tables unchanged: ${same ? 'PASS' : 'FAIL'}`,
  );
  if (ratio < 0.5 || peak > 512 * 1048576 || !same) process.exitCode = 1;
  await rm(dir, { recursive: true, force: true });
  await pool.end();
}
