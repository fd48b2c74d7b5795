import './server-only';
import pg from 'pg';
import { ms, timeIt, type BenchContext } from './types';
import { seedReportScale } from '../seed-report-scale';

// Issue 5 targets at 1,000,000 opportunities with history: current report p95 ≤ 100 ms (server
// side), as-of report ≤ 1 s, XLSX export of the full matrix ≤ 2 s. Each is printed beside a
// baseline run in this process on the same data: the naive query a report would otherwise be
// (full GROUP BY + window top-k over every opportunity; DISTINCT ON over all history for as-of).

export async function bench(ctx: BenchContext) {
  const count = Math.round(1_000_000 * ctx.scale);
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  await seedReportScale(client, count, (s) => ctx.log(`seed: ${s}`));
  await client.end();

  const { getOnePageReport } = await import('../../lib/server/commands/reports/one-page');
  const { reportXlsx } = await import('../../lib/server/render/one-page-report');
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const session = {
    userId: '00000000-0000-0000-0000-000000000000',
    email: 'exec@bench',
    name: 'bench',
    roles: ['EXECUTIVE' as const],
    vrbDomains: [],
    managerId: null,
    locale: 'ko' as const,
  };
  const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 - offset * 86_400_000).toISOString().slice(0, 10);

  // warm-up (plans, caches)
  await getOnePageReport(pool, session, { rows: 'country' });

  const runs = 40;
  for (const rows of ['country', 'category', 'region'] as const) {
    const cur = await timeIt(runs, () => getOnePageReport(pool, session, { rows }));
    ctx.log(
      `current report rows=${rows}: p50 ${ms(cur.p50)}, p95 ${ms(cur.p95)} (target ≤ 100 ms) — ${cur.last.matrix.grandTotal.count.toLocaleString()} deals, source=${cur.last.source}`,
    );
  }
  const base = await timeIt(3, () =>
    pool.query(`SELECT outcome, tier, "regionScope", country, count(*), sum(amount),
                       (array_agg(name ORDER BY amount DESC NULLS LAST))[1:5]
                  FROM "Opportunity" GROUP BY 1, 2, 3, 4`),
  );
  const cur = await timeIt(runs, () => getOnePageReport(pool, session, { rows: 'country' }));
  ctx.log(
    `baseline full-scan report (GROUP BY + top 5 per cell over all rows): p95 ${ms(base.p95)} → ours ${ms(cur.p95)} = ${(cur.p95 / base.p95).toFixed(3)}× baseline`,
  );

  // exact totals: the report against a plain SQL sum
  const { rows: sql } = await pool.query(`SELECT count(*)::int AS n, sum(amount)::text AS s FROM "Opportunity"`);
  ctx.log(
    `totals check: report ${cur.last.matrix.grandTotal.count} / ${cur.last.matrix.grandTotal.amount} vs SQL ${sql[0].n} / ${sql[0].s} → ${cur.last.matrix.grandTotal.amount === sql[0].s.replace(/\.00$/, '') ? 'equal' : 'DIFFERENT'}`,
  );

  // filtered reports (scan path): a team, a quarter of expected closes
  const { rows: mgr } = await pool.query(`SELECT id FROM "User" WHERE email = 'scale-mgr-1@scale.local'`);
  const team = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'category', team: mgr[0].id }));
  ctx.log(`filtered report (one team, ${team.last.matrix.grandTotal.count.toLocaleString()} deals, scan path): p95 ${ms(team.p95)}`);
  const period = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'country', from: day(0), to: day(-90) }));
  ctx.log(
    `filtered report (next 90 days of expected closes, ${period.last.matrix.grandTotal.count.toLocaleString()} deals): p95 ${ms(period.p95)}`,
  );

  // as-of: the in-memory history index (ADR 007) against the SQL path, both in this process
  const { asOfCacheFor } = await import('../../lib/db/queries/as-of-cache');
  const heapBefore = process.memoryUsage().heapUsed;
  const cache = asOfCacheFor(pool);
  const tLoad = performance.now();
  await cache.ready(10 * 60_000);
  ctx.log(
    `as-of index first load: ${ms(performance.now() - tLoad)} — ${cache.lastRefresh.opportunities.toLocaleString()} deals, ${cache.lastRefresh.changes.toLocaleString()} changes, heap +${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1048576)} MB, RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB (once per server process; reports answer from SQL until it is ready)`,
  );
  const refAsOf = (d: string) =>
    pool.query(
      `WITH s AS (SELECT DISTINCT ON ("opportunityId") "opportunityId" id, "toTier" tier, "toOutcome" outcome
                    FROM "TierChange" WHERE "changedAt" <= $1 ORDER BY "opportunityId", "changedAt" DESC)
       SELECT s.tier, s.outcome, o."regionScope", o.country, count(*), sum(o.amount) FROM s JOIN "Opportunity" o ON o.id = s.id GROUP BY 1, 2, 3, 4`,
      [new Date(Date.parse(`${d}T15:00:00Z`))],
    );
  // identical matrix and movement; within a cell, deals of equal amount may be listed in any order
  // by the SQL path (it orders by amount only), so cells compare the amounts of their listed deals
  const shape = (r: Awaited<ReturnType<typeof getOnePageReport>>) =>
    JSON.stringify([r.matrix, r.movement], (k, v) => (k === 'deals' ? (v as { amount: string | null }[]).map((d) => d.amount) : v));
  const same = (a: Awaited<ReturnType<typeof getOnePageReport>>, b: typeof a) => {
    const [x, y] = [shape(a), shape(b)];
    if (x === y) return 'identical';
    let i = 0;
    while (x[i] === y[i]) i++;
    return `DIFFERENT at …${x.slice(Math.max(0, i - 150), i + 80)} vs …${y.slice(Math.max(0, i - 150), i + 80)}`;
  };
  for (const back of [7, 28, 84, 168, 365]) {
    const d = day(back);
    const viaIndex = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'country', asOf: d }));
    const viaSql = await timeIt(back >= 84 ? 1 : 3, () =>
      getOnePageReport(pool, session, { rows: 'country', asOf: d }, { asOfEngine: 'sql' }),
    );
    const ref = await timeIt(1, () => refAsOf(d));
    const refTotal = ref.last.rows.reduce((n: number, r: { count: string }) => n + Number(r.count), 0);
    const m = viaIndex.last.movement!.summary;
    ctx.log(
      `as-of report ${back} days back (source=${viaIndex.last.source}): p50 ${ms(viaIndex.p50)}, p95 ${ms(viaIndex.p95)} (target ≤ 1 s) — ${viaIndex.last.matrix.grandTotal.count.toLocaleString()} deals, moved up ${m.up.count.toLocaleString()} / down ${m.down.count.toLocaleString()} / new ${m.new.count.toLocaleString()}; ` +
        `SQL path ${ms(viaSql.p95)} → ${(viaIndex.p95 / viaSql.p95).toFixed(3)}× baseline, report ${same(viaIndex.last, viaSql.last)}; reference DISTINCT ON ${refTotal === viaIndex.last.matrix.grandTotal.count ? 'equal' : 'DIFFERENT'} counts`,
    );
  }
  const d28 = day(28);
  const team28 = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'category', asOf: d28, team: mgr[0].id }));
  ctx.log(`as-of report 28 days back, one team: p95 ${ms(team28.p95)} (${team28.last.matrix.grandTotal.count.toLocaleString()} deals)`);

  // freshness: 1,000 tier moves committed after the index loaded are read by the next report
  await pool.query(`
    WITH pick AS (SELECT id, tier FROM "Opportunity" WHERE outcome = 'OPEN' AND tier > 1 ORDER BY id LIMIT 1000),
    moved AS (UPDATE "Opportunity" o SET tier = o.tier - 1, "tierEnteredAt" = now() FROM pick WHERE o.id = pick.id RETURNING o.id, pick.tier AS from_tier)
    INSERT INTO "TierChange" ("opportunityId", "fromTier", "fromOutcome", "toTier", "toOutcome", "changedAt")
    SELECT id, from_tier, 'OPEN', from_tier - 1, 'OPEN', now() FROM moved`);
  const afterMoves = await timeIt(1, () => getOnePageReport(pool, session, { rows: 'country', asOf: d28 }));
  const refresh = { ...cache.lastRefresh };
  const check = await getOnePageReport(pool, session, { rows: 'country', asOf: d28 }, { asOfEngine: 'sql' });
  ctx.log(
    `after 1,000 moves: next as-of report ${ms(afterMoves.p95)} incl. refresh ${ms(refresh.ms)} (read ${refresh.opportunities.toLocaleString()} deals, ${refresh.changes.toLocaleString()} changes; full=${refresh.full}); equals the SQL path: ${same(afterMoves.last, check)}`,
  );

  // XLSX of the full matrix (report + workbook)
  for (const rows of ['country', 'region'] as const) {
    const x = await timeIt(5, async () => (await reportXlsx(await getOnePageReport(pool, session, { rows }))).byteLength);
    ctx.log(
      `XLSX export rows=${rows}: p95 ${ms(x.p95)} (target ≤ 2 s), ${x.last.toLocaleString()} bytes — ${(x.p95 / cur.p95).toFixed(2)}× the JSON report`,
    );
  }
  await pool.end();
}
