import './server-only';
import pg from 'pg';
import { managerSession } from './types';

// EXPLAIN (ANALYZE, BUFFERS) of the statements the work list and the nav counts send, as sent
// (captured from a stand-in db): planning and execution time of each, on a bench database.
//   DATABASE_URL=…/tierline_bench_work npx tsx scripts/bench/explain-work.ts [manager email]
async function main() {
  const url = process.env.DATABASE_URL!;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const email = process.argv[2] ?? 'scale-mgr-1@scale.local';
  const { rows: m } = await c.query(`SELECT id, email, name FROM "User" WHERE email = $1`, [email]);
  const session = managerSession(m[0]);
  const { db } = await import('../../lib/db/client');
  const { Prisma } = await import('../../lib/db/generated/client');
  const { getMyWork, getNavCounts } = await import('../../lib/server/commands/work/get-my-work');
  const seen: { label: string; text: string; values: unknown[] }[] = [];
  let label = '';
  const spy = new Proxy(db, {
    get(t, k, r) {
      if (k === '$queryRaw' || k === '$queryRawUnsafe')
        return (q: { text?: string; values?: unknown[] } | string | TemplateStringsArray, ...vals: unknown[]) => {
          if (typeof q === 'string') seen.push({ label, text: q, values: vals });
          else if (Array.isArray(q)) {
            const s = Prisma.sql(q as TemplateStringsArray, ...vals);
            seen.push({ label, text: s.text, values: s.values });
          } else seen.push({ label, text: (q as { text: string }).text, values: (q as { values: unknown[] }).values });
          return (Reflect.get(t, k, r) as (...a: unknown[]) => unknown).call(t, q, ...vals);
        };
      return Reflect.get(t, k, r);
    },
  });
  // and what goes through the read pool (lib/db/pg.ts readQuery): named statements
  const q0 = pg.Pool.prototype.query;
  pg.Pool.prototype.query = function (this: pg.Pool, cfg: unknown, ...rest: unknown[]) {
    if (cfg && typeof cfg === 'object' && 'name' in cfg) {
      const c = cfg as unknown as { text: string; values: unknown[] };
      seen.push({ label, text: c.text, values: c.values });
    }
    return (q0 as (...a: unknown[]) => unknown).call(this, cfg, ...rest);
  } as typeof q0;
  label = 'work list';
  await getMyWork(spy as typeof db, session);
  label = 'nav counts';
  await getNavCounts(spy as typeof db, session);
  if (process.env.DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.DUMP, JSON.stringify(seen, null, 1));
  }
  // as the read pool runs them: generic plans of named statements
  await c.query('SET plan_cache_mode = ' + (process.env.PLAN_MODE ?? 'force_generic_plan'));
  for (const [i, s] of seen.entries()) {
    await c.query({ name: `s${i}`, text: s.text, values: s.values });
    // EXPLAIN EXECUTE takes literals, not bind parameters
    const lit = (v: unknown): string =>
      v === null || v === undefined
        ? 'NULL'
        : Array.isArray(v)
          ? `'{${v.map((x) => `"${String(x)}"`).join(',')}}'`
          : typeof v === 'number' || typeof v === 'boolean'
            ? String(v)
            : `'${(v instanceof Date ? v.toISOString() : String(v)).replace(/'/g, "''")}'`;
    const args = s.values.map(lit).join(', ');
    for (let k = 0; k < 3; k++) await c.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE s${i}(${args})`); // warm
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE s${i}(${args})`);
    const lines = rows.map((r) => r['QUERY PLAN'] as string);
    console.log(`\n### ${s.label}: ${s.text.length} chars`);
    if (process.env.VERBOSE) console.log(lines.join('\n'));
    else
      console.log(
        lines
          .filter((l) => /Planning|Execution|^\s*Buffers/.test(l))
          .slice(-4)
          .join('\n'),
      );
  }
  await c.end();
  await db.$disconnect();
}
main();
