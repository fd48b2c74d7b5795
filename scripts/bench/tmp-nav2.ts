import './server-only';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { timeIt } from './types';
async function main() {
  const stmts = JSON.parse(readFileSync('/tmp/perf/stmts.json', 'utf8')) as { label: string; text: string; values: unknown[] }[];
  const nav = stmts.filter((s) => s.label === 'nav counts');
  const { db } = await import('../../lib/db/client');
  const { Prisma } = await import('../../lib/db/generated/client');
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const toSql = (s: { text: string; values: unknown[] }) => {
    const parts = s.text.split(/\$\d+/);
    const order = [...s.text.matchAll(/\$(\d+)/g)].map((x) => s.values[Number(x[1]) - 1]);
    return Prisma.sql(parts as unknown as TemplateStringsArray, ...order);
  };
  const N = 60;
  const r = (x: { p50: number; p95: number }) => `${x.p50.toFixed(1)}/${x.p95.toFixed(1)}`;
  for (let round = 0; round < 2; round++) {
    for (const [i, s] of nav.entries()) {
      const sql = toSql(s);
      const a = await timeIt(N, () => db.$queryRaw(sql));
      const a2 = await timeIt(N, () => db.$queryRawUnsafe(s.text, ...s.values));
      const b = await timeIt(N, () => c.query(s.text, s.values));
      const cpu0 = process.cpuUsage();
      await timeIt(N, () => db.$queryRaw(sql));
      const cpu = process.cpuUsage(cpu0);
      const cpu1 = process.cpuUsage();
      await timeIt(N, () => c.query(s.text, s.values));
      const cpuB = process.cpuUsage(cpu1);
      console.log(`stmt ${i} (${s.text.length} chars, ${sql.values.length} params): prisma ${r(a)} unsafe ${r(a2)} pg ${r(b)}; node CPU per call prisma ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} pg ${((cpuB.user + cpuB.system) / 1000 / N).toFixed(2)}`);
    }
  }
  await c.end();
  await db.$disconnect();
}
main();
