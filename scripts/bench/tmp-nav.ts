import './server-only';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { timeIt } from './types';
async function main() {
  const stmts = JSON.parse(readFileSync('/tmp/perf/stmts.json', 'utf8')) as { label: string; text: string; values: unknown[] }[];
  const nav = stmts.filter((s) => s.label === 'nav counts');
  const { db } = await import('../../lib/db/client');
  const { Prisma } = await import('../../lib/db/generated/client');
  const { getNavCounts } = await import('../../lib/server/commands/work/get-my-work');
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const { rows: m } = await c.query(`SELECT id, email, name FROM "User" WHERE email = 'scale-mgr-1@scale.local'`);
  const session = { userId: m[0].id, email: m[0].email, name: m[0].name, roles: ['SALES_MANAGER' as const], vrbDomains: [], managerId: null, locale: 'ko' as const };
  const toSql = (s: { text: string; values: unknown[] }) => {
    const parts = s.text.split(/\$\d+/);
    const order = [...s.text.matchAll(/\$(\d+)/g)].map((x) => s.values[Number(x[1]) - 1]);
    return Prisma.sql(parts as unknown as TemplateStringsArray, ...order);
  };
  const N = 60;
  for (let round = 0; round < 2; round++) {
    const a = await timeIt(N, () => getNavCounts(db, session));
    const b = await timeIt(N, async () => { for (const s of nav) await db.$queryRaw(toSql(s)); });
    const d = await timeIt(N, async () => { for (const s of nav) await c.query(s.text, s.values); });
    const e = await timeIt(N, async () => { for (const [i, s] of nav.entries()) await c.query({ name: 'n' + i, text: s.text, values: s.values }); });
    const f = await timeIt(N, () => db.$queryRaw`SELECT 1`);
    const g = await timeIt(N, () => c.query('SELECT 1'));
    const r = (x: { p50: number; p95: number }) => `${x.p50.toFixed(1)}/${x.p95.toFixed(1)}`;
    console.log(`getNavCounts ${r(a)} | prisma 2 stmts ${r(b)} | pg 2 stmts ${r(d)} | pg named ${r(e)} | prisma SELECT 1 ${r(f)} | pg SELECT 1 ${r(g)}`);
  }
  await c.end();
  await db.$disconnect();
}
main();
