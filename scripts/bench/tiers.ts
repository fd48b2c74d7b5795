import './server-only';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { percentile, type BenchContext } from './types';

// Tier engine benchmark (issue 4): the real move command (scoped load → fill → decide →
// compare-and-set → TierChange → audit, one transaction) with 10 concurrent reps, and the board
// query for 2,000 open opportunities. Baseline, same process, same concurrency: one bare
// compare-and-set UPDATE per move (the least a move can cost) and a bare SELECT of the open rows.
// Targets: move p95 ≤ 100 ms and ≥ 200 moves/s; board ≤ 1 s.

const REPS = 10;

async function runConcurrent(workers: number, perWorker: number, op: (w: number, i: number) => Promise<void>) {
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; i < perWorker; i++) {
        const s = performance.now();
        await op(w, i);
        lat.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  return { p50: percentile(lat, 50), p95: percentile(lat, 95), perSec: lat.length / secs, n: lat.length };
}

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 12 });
  const perRep = Math.max(10, Math.round(200 * ctx.scale)); // 10 reps × 200 = 2,000 open opportunities
  const movesPerRep = Math.max(10, Math.round(200 * ctx.scale));

  // data: 10 reps, each with `perRep` open opportunities in Tiers 4 and 3 that meet Tier 3's requirements
  const reps = (
    await pool.query(
      `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt")
       SELECT 'bench-rep-' || g || '@bench.local', '벤치 영업 ' || g, 'x', ARRAY['SALES_REP']::"Role"[], now() FROM generate_series(1, $1) g
       RETURNING id, email, name`,
      [REPS],
    )
  ).rows as { id: string; email: string; name: string }[];
  const acc = (
    await pool.query(`INSERT INTO "Account" (name, "nameNormalized", "updatedAt") VALUES ('벤치고객', '벤치고객', now()) RETURNING id`)
  ).rows[0].id;
  const contact = (
    await pool.query(`INSERT INTO "Contact" ("accountId", name, "updatedAt") VALUES ($1, '벤치 담당', now()) RETURNING id`, [acc])
  ).rows[0].id;
  await pool.query(
    `WITH o AS (
       INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, amount, need, "nextStep", "nextStepDueDate", "updatedAt")
       SELECT '벤치 사업기회 ' || r.n || '-' || g, $1, r.id, 4 - (g % 2), 100000000 + g, '니즈', '후속', current_date + 5, now()
       FROM unnest($2::uuid[]) WITH ORDINALITY AS r(id, n), generate_series(1, $3) g
       RETURNING id, tier, "ownerId"),
     c AS (INSERT INTO "OpportunityContact" ("opportunityId", "contactId") SELECT id, $4 FROM o)
     INSERT INTO "TierChange" ("opportunityId", "toTier", "toOutcome", "actorId") SELECT id, tier, 'OPEN', "ownerId" FROM o`,
    [acc, reps.map((r) => r.id), perRep, contact],
  );
  const opps = (await pool.query(`SELECT id, "ownerId", tier, version FROM "Opportunity" ORDER BY id`)).rows as {
    id: string;
    ownerId: string;
    tier: number;
    version: number;
  }[];
  const byRep = reps.map((r) => opps.filter((o) => o.ownerId === r.id));
  ctx.log(`data: ${REPS} reps × ${perRep} open opportunities = ${opps.length}`);

  const { db } = await import('@/lib/db/client');
  const { moveOpportunityTier, loadBoard } = await import('@/lib/server/commands/opportunities');
  const sessions = reps.map((r) => ({
    userId: r.id,
    email: r.email,
    name: r.name,
    roles: ['SALES_REP' as const],
    vrbDomains: [],
    managerId: null,
    locale: 'ko' as const,
  }));
  const state = new Map(opps.map((o) => [o.id, { tier: o.tier, version: o.version }]));

  // rep w moves a card of theirs one tier over (4→3, or back 3→4 with a reason) from the version last seen
  const flip = async (w: number, o: { id: string }, reason: string) => {
    const s = state.get(o.id)!;
    const to = s.tier === 4 ? 3 : 4;
    const r = await moveOpportunityTier(db, sessions[w]!, {
      opportunityId: o.id,
      to,
      reason: to === 4 ? reason : null,
      version: s.version,
    });
    state.set(o.id, { tier: r.tier, version: r.version });
  };

  // warm-up (connections, prepared plans)
  for (let w = 0; w < REPS; w++) await flip(w, byRep[w]![0]!, '벤치');

  // baseline: a bare compare-and-set UPDATE per move, same concurrency
  const base = await runConcurrent(REPS, movesPerRep, async (w, i) => {
    const o = byRep[w]![i % byRep[w]!.length]!;
    await pool.query(`UPDATE "Opportunity" SET position = position + 1 WHERE id = $1 AND version = version`, [o.id]);
  });
  ctx.log(
    `baseline bare CAS UPDATE: p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms, ${base.perSec.toFixed(0)} /s (${base.n})`,
  );

  // the real command: 10 reps, each moving its own cards up (4→3) and down (3→4, with a reason)
  const move = await runConcurrent(REPS, movesPerRep, (w, i) => flip(w, byRep[w]![(i + 1) % byRep[w]!.length]!, '재검토'));
  ctx.log(
    `tier move (10 concurrent reps): p50 ${move.p50.toFixed(1)} ms, p95 ${move.p95.toFixed(1)} ms [target ≤ 100], ${move.perSec.toFixed(0)} moves/s [target ≥ 200] (${move.n} moves)`,
  );
  ctx.log(`  ratio vs baseline: p95 ×${(move.p95 / base.p95).toFixed(1)}, throughput ×${(move.perSec / base.perSec).toFixed(2)}`);
  const rows = Number((await pool.query(`SELECT count(*) FROM "TierChange" WHERE "fromTier" IS NOT NULL`)).rows[0].count);
  ctx.log(`  history rows written: ${rows} (moves: ${move.n + REPS}) ${rows === move.n + REPS ? 'OK' : 'MISMATCH'}`);

  // board: 2,000 open opportunities
  const boardTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    let s = performance.now();
    await pool.query(`SELECT * FROM "Opportunity" WHERE outcome = 'OPEN'`);
    baseTimes.push(performance.now() - s);
    s = performance.now();
    const b = await loadBoard(db, {});
    boardTimes.push(performance.now() - s);
    if (i === 0) ctx.log(`board cards: ${b.columns.reduce((n, c) => n + c.count, 0)}`);
  }
  const bm = percentile(boardTimes, 50);
  const bb = percentile(baseTimes, 50);
  ctx.log(`baseline SELECT open rows: median ${bb.toFixed(1)} ms`);
  ctx.log(
    `board data for ${opps.length} open opportunities: median ${bm.toFixed(1)} ms, max ${Math.max(...boardTimes).toFixed(1)} ms [target ≤ 1000] (ratio ×${(bm / bb).toFixed(1)})`,
  );

  await db.$disconnect();
  await pool.end();
}
