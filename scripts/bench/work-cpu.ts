import './server-only';
import pg from 'pg';
import { managerSession } from './types';

// CPU per call of the work list and the nav counts, in this Node process and in PostgreSQL (the
// backends of the database, from /proc): figures a loaded machine inflates far less than wall time.
// On a database the work bench seeded (keep a copy: CREATE DATABASE … TEMPLATE tierline_bench_work):
//   DATABASE_URL=postgresql://…/tl_copy npx tsx scripts/bench/work-cpu.ts
async function main() {
  const { db } = await import('../../lib/db/client');
  const { getMyWork, getNavCounts } = await import('../../lib/server/commands/work/get-my-work');
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const { rows: m } = await c.query(`SELECT id, email, name FROM "User" WHERE email = 'scale-mgr-1@scale.local'`);
  const session = managerSession(m[0]);
  // all backends of this database: their CPU (ticks) before and after
  const { readFileSync } = await import('node:fs');
  const backendTicks = async () => {
    const { rows } = await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    let t = 0;
    for (const r of rows) {
      try {
        const f = readFileSync(`/proc/${r.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        t += Number(f[11]) + Number(f[12]);
      } catch {}
    }
    return t;
  };
  for (const [label, fn] of [
    ['getMyWork', () => getMyWork(db, session)],
    ['getNavCounts', () => getNavCounts(db, session)],
  ] as const) {
    for (let i = 0; i < 5; i++) await fn();
    const N = 100;
    const b0 = await backendTicks();
    const n0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await fn();
    const wall = (performance.now() - t0) / N;
    const n = process.cpuUsage(n0);
    const b = (await backendTicks()) - b0;
    console.log(
      `${label}: wall ${wall.toFixed(1)} ms/call; node CPU ${((n.user + n.system) / 1000 / N).toFixed(2)} ms/call; postgres CPU ${((b * 10) / N).toFixed(2)} ms/call`,
    );
  }
  await c.end();
  await db.$disconnect();
}
main();
