import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { percentile, type BenchContext } from './types';

// Sales tools (issue 12): a competitor's record against us (won against, lost to, no decision; by
// business category) at 1,000,000 opportunities, target p95 ≤ 100 ms. 200 competitors; every deal
// lists one or two (so the most frequent competitor faces ~1% of all deals ≈ 10,000); 60 % closed,
// 8 % lost to a listed competitor. Baseline (same process, same client): one competitor row by id.
// BENCH_SCALE=0.1 → 100,000 opportunities.

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,export{}', shortCircuit: true } : n(s, c); }`,
    ),
);

async function timeIt(n: number, op: (i: number) => Promise<unknown>) {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await op(i);
    lat.push(performance.now() - s);
  }
  return { p50: percentile(lat, 50), p95: percentile(lat, 95) };
}

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const opps = Math.max(1000, Math.round(1_000_000 * ctx.scale));
  const t0 = performance.now();
  const user = (
    await pool.query(
      `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ('bench-tools@bench.local', '벤치 영업', 'x', ARRAY['SALES_REP']::"Role"[], now()) RETURNING id`,
    )
  ).rows[0].id;
  await pool.query(
    `INSERT INTO "Account" (name, "nameNormalized", "updatedAt") SELECT '벤치고객 ' || g, '벤치고객' || g, now() FROM generate_series(1, $1) g`,
    [Math.ceil(opps / 20)],
  );
  await pool.query(`INSERT INTO "Competitor" (name) SELECT '벤치경쟁사 ' || g FROM generate_series(1, 200) g`);
  await pool.query(
    `INSERT INTO "BusinessCategory" (code, "nameKo", "nameEn") SELECT 'BC' || g, '분류 ' || g, 'Cat ' || g FROM generate_series(1, 20) g`,
  );
  // outcome by g % 10: 0–3 open, 4–6 won, 7–8 lost (8: to its first competitor), 9 dropped
  await pool.query(
    `WITH a AS (SELECT array_agg(id ORDER BY id) ids FROM "Account"), c AS (SELECT array_agg(id ORDER BY id) ids FROM "BusinessCategory"),
          k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, outcome, amount, "businessCategoryId", "lostToCompetitorId", "lossType", "closedAt", "updatedAt")
     SELECT '벤치 사업 ' || g, a.ids[1 + g % cardinality(a.ids)], $2,
            CASE WHEN g % 10 < 4 THEN 1 + g % 4 ELSE 0 END,
            (CASE WHEN g % 10 < 4 THEN 'OPEN' WHEN g % 10 < 7 THEN 'WON' WHEN g % 10 < 9 THEN 'LOST' ELSE 'DROPPED' END)::"Outcome",
            100000000 + g, c.ids[1 + g % 20],
            CASE WHEN g % 10 = 8 THEN k.ids[1 + (g * 7919) % 200] END,
            (CASE WHEN g % 10 = 8 THEN 'COMPETITOR' WHEN g % 10 = 7 THEN 'NO_DECISION' END)::"LossType",
            CASE WHEN g % 10 >= 4 THEN now() END, now()
     FROM generate_series(1, $1) g, a, c, k`,
    [opps, user],
  );
  await pool.query(
    `WITH k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "OpportunityCompetitor" ("opportunityId", "competitorId")
     SELECT o.id, k.ids[1 + (abs(hashtext(o.id::text)) % 200)] FROM "Opportunity" o, k
     UNION
     SELECT o.id, k.ids[1 + (abs(hashtext(o.id::text || 'b')) % 200)] FROM "Opportunity" o, k WHERE abs(hashtext(o.id::text)) % 2 = 0
     UNION
     SELECT o.id, o."lostToCompetitorId" FROM "Opportunity" o WHERE o."lostToCompetitorId" IS NOT NULL`,
  );
  await pool.query('VACUUM ANALYZE');
  const links = (await pool.query(`SELECT count(*)::int n FROM "OpportunityCompetitor"`)).rows[0].n;
  ctx.log(`data: ${opps} opportunities, 200 competitors, ${links} competitor links (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const { db } = await import('@/lib/db/client');
  const { competitorRecordRows, getCompetitorRow } = await import('@/lib/db/queries/competitors');
  const { rollUpRecord } = await import('@/lib/domain/tools/competitor-record');
  // the most-faced competitors first: the worst case
  const ids = (
    await pool.query(`SELECT "competitorId" id, count(*) n FROM "OpportunityCompetitor" GROUP BY 1 ORDER BY 2 DESC LIMIT 50`)
  ).rows.map((r) => r.id as string);
  const N = 60;
  await competitorRecordRows(db, ids[0]!);
  const base = await timeIt(N, (i) => getCompetitorRow(db, ids[i % ids.length]!));
  ctx.log(`baseline competitor by id: p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  let deals = 0;
  const rec = await timeIt(N, async (i) => {
    const r = rollUpRecord(await competitorRecordRows(db, ids[i % ids.length]!));
    deals = Math.max(deals, r.total.deals);
  });
  ctx.log(
    `competitor record (closed deals by category and result; up to ${deals} closed deals each): p50 ${rec.p50.toFixed(1)} ms, p95 ${rec.p95.toFixed(1)} ms [target ≤ 100]`,
  );
  const plan = (await pool.query(`EXPLAIN SELECT "opportunityId" FROM "OpportunityCompetitor" WHERE "competitorId" = $1`, [ids[0]])).rows
    .map((r) => r['QUERY PLAN'] as string)
    .filter((l) => /Index|Seq Scan/.test(l))
    .map((l) => l.trim().replace(/\s+\(cost.*$/, ''))
    .join(' | ');
  ctx.log(`plan (links of a competitor): ${plan}`);
  await pool.end();
}
