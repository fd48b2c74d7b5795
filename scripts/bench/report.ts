import { register } from 'node:module';
import pg from 'pg';
import { percentile, type BenchContext } from './types';
import { seedReportScale } from '../seed-report-scale';

// Issue 5 targets at 1,000,000 opportunities with history: current report p95 ≤ 100 ms (server
// side), as-of report ≤ 1 s, XLSX export of the full matrix ≤ 2 s. Each is printed beside a
// baseline run in this process on the same data: the naive query a report would otherwise be
// (full GROUP BY + window top-k over every opportunity; DISTINCT ON over all history for as-of).

// app modules import 'server-only' (a marker that throws outside React server builds): resolve it to nothing
register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,export {}', shortCircuit: true } : n(s, c); }`),
);

async function timeIt<T>(n: number, fn: () => Promise<T>): Promise<{ p50: number; p95: number; max: number; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), last };
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function bench(ctx: BenchContext) {
  const count = Math.round(1_000_000 * ctx.scale);
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  await seedReportScale(client, count, (s) => ctx.log(`seed: ${s}`));
  await client.end();

  const { getOnePageReport } = await import('../../lib/server/commands/reports/one-page');
  const { reportXlsx } = await import('../../lib/server/commands/reports/export');
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const session = { userId: '00000000-0000-0000-0000-000000000000', email: 'exec@bench', name: 'bench', roles: ['EXECUTIVE' as const], vrbDomains: [], managerId: null, locale: 'ko' as const };
  const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 - offset * 86_400_000).toISOString().slice(0, 10);

  // warm-up (plans, caches)
  await getOnePageReport(pool, session, { rows: 'country' });

  const runs = 40;
  for (const rows of ['country', 'category', 'region'] as const) {
    const cur = await timeIt(runs, () => getOnePageReport(pool, session, { rows }));
    ctx.log(`current report rows=${rows}: p50 ${ms(cur.p50)}, p95 ${ms(cur.p95)} (target ≤ 100 ms) — ${cur.last.matrix.grandTotal.count.toLocaleString()} deals, source=${cur.last.source}`);
  }
  const base = await timeIt(3, () =>
    pool.query(`SELECT outcome, tier, "regionScope", country, count(*), sum(amount),
                       (array_agg(name ORDER BY amount DESC NULLS LAST))[1:5]
                  FROM "Opportunity" GROUP BY 1, 2, 3, 4`),
  );
  const cur = await timeIt(runs, () => getOnePageReport(pool, session, { rows: 'country' }));
  ctx.log(`baseline full-scan report (GROUP BY + top 5 per cell over all rows): p95 ${ms(base.p95)} → ours ${ms(cur.p95)} = ${(cur.p95 / base.p95).toFixed(3)}× baseline`);

  // exact totals: the report against a plain SQL sum
  const { rows: sql } = await pool.query(`SELECT count(*)::int AS n, sum(amount)::text AS s FROM "Opportunity"`);
  ctx.log(`totals check: report ${cur.last.matrix.grandTotal.count} / ${cur.last.matrix.grandTotal.amount} vs SQL ${sql[0].n} / ${sql[0].s} → ${cur.last.matrix.grandTotal.amount === sql[0].s.replace(/\.00$/, '') ? 'equal' : 'DIFFERENT'}`);

  // filtered reports (scan path): a team, a quarter of expected closes
  const { rows: mgr } = await pool.query(`SELECT id FROM "User" WHERE email = 'scale-mgr-1@scale.local'`);
  const team = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'category', team: mgr[0].id }));
  ctx.log(`filtered report (one team, ${team.last.matrix.grandTotal.count.toLocaleString()} deals, scan path): p95 ${ms(team.p95)}`);
  const period = await timeIt(10, () => getOnePageReport(pool, session, { rows: 'country', from: day(0), to: day(-90) }));
  ctx.log(`filtered report (next 90 days of expected closes, ${period.last.matrix.grandTotal.count.toLocaleString()} deals): p95 ${ms(period.p95)}`);

  // as-of
  const refAsOf = (d: string) =>
    pool.query(
      `WITH s AS (SELECT DISTINCT ON ("opportunityId") "opportunityId" id, "toTier" tier, "toOutcome" outcome
                    FROM "TierChange" WHERE "changedAt" <= $1 ORDER BY "opportunityId", "changedAt" DESC)
       SELECT s.tier, s.outcome, o."regionScope", o.country, count(*), sum(o.amount) FROM s JOIN "Opportunity" o ON o.id = s.id GROUP BY 1, 2, 3, 4`,
      [new Date(Date.parse(`${d}T15:00:00Z`))],
    );
  for (const back of [7, 28, 84, 168]) {
    const d = day(back);
    const asOf = await timeIt(5, () => getOnePageReport(pool, session, { rows: 'country', asOf: d }));
    const ref = await timeIt(1, () => refAsOf(d));
    const refTotal = ref.last.rows.reduce((n: number, r: { count: string }) => n + Number(r.count), 0);
    ctx.log(
      `as-of report ${back} days back: p95 ${ms(asOf.p95)} (target ≤ 1 s), ${asOf.last.matrix.grandTotal.count.toLocaleString()} deals [reference DISTINCT ON ${ms(ref.p95)}, ${refTotal.toLocaleString()} deals → ${(asOf.p95 / ref.p95).toFixed(3)}× baseline, counts ${refTotal === asOf.last.matrix.grandTotal.count ? 'equal' : 'DIFFERENT'}]`,
    );
  }

  // XLSX of the full matrix (report + workbook)
  for (const rows of ['country', 'region'] as const) {
    const x = await timeIt(5, async () => (await reportXlsx(await getOnePageReport(pool, session, { rows }))).byteLength);
    ctx.log(`XLSX export rows=${rows}: p95 ${ms(x.p95)} (target ≤ 2 s), ${x.last.toLocaleString()} bytes — ${(x.p95 / cur.p95).toFixed(2)}× the JSON report`);
  }
  await pool.end();
}
