import './server-only';
import pg from 'pg';
import { readFileSync } from 'node:fs';
async function main() {
  const stmts = JSON.parse(readFileSync('/tmp/perf/stmts.json', 'utf8')) as { label: string; text: string; values: unknown[] }[];
  const s = stmts.find((x) => x.label === 'work list' && x.text.length > 1000)!;
  const vals = s.values.map((v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v));
  const { db } = await import('../../lib/db/client');
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const N = 100;
  const run = async (label: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await fn();
    const n0 = process.cpuUsage();
    for (let i = 0; i < N; i++) await fn();
    const n = process.cpuUsage(n0);
    console.log(`${label}: node CPU ${((n.user + n.system) / 1000 / N).toFixed(2)} ms/call`);
  };
  await run('prisma unsafe', () => db.$queryRawUnsafe(s.text, ...vals));
  await run('pg', () => c.query(s.text, vals));
  await run('pg named', () => c.query({ name: 'w', text: s.text, values: vals }));
  await c.end();
  await db.$disconnect();
}
main();
