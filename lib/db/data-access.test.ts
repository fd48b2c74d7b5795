import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// ADR 010's rule, checked on the code: no database call in app/ or lib/server — pages, routes,
// actions, commands and the import runners call functions in lib/db and pass the handle. A call is
// a Prisma model operation on any handle (`db.lead.findMany(`, `tx.user.update(`, `w.opportunity…`),
// raw SQL (`$queryRaw`, `$executeRaw`) or a pg `.query(` — except transaction control on the import
// writers' own connections (BEGIN / COMMIT / ROLLBACK), which the ADR allows.
const CALL =
  /\b\w+\.[a-z][a-zA-Z]+\.(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)\(|\$queryRaw|\$executeRaw|\.query\((?!'(BEGIN|COMMIT|ROLLBACK)')/g;

const root = path.resolve(__dirname, '../..');
function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) yield p;
  }
}
const count = (dir: string) => {
  const per: Record<string, number> = {};
  for (const f of files(path.join(root, dir))) {
    const n = (readFileSync(f, 'utf8').match(CALL) ?? []).length;
    if (n) per[path.relative(root, f)] = n;
  }
  return per;
};

describe('data access (ADR 010)', () => {
  it.each([
    ['await tx.opportunity.findUnique({ where })', 1],
    ['db.lead.updateMany({})', 1],
    ['await db.$queryRaw`SELECT 1`', 1],
    ["await client.query('SELECT 1')", 1],
    ["await w.query('BEGIN')", 0],
    ['listLeads(db, { q })', 0],
  ])('counts %s as %i call(s)', (code, n) => {
    expect(code.match(CALL)?.length ?? 0).toBe(n);
  });
  it('no Prisma or SQL call in app/: pages, routes and actions call lib/db or a command', () => {
    expect(count('app')).toEqual({});
  });
  it('no Prisma or SQL call in lib/server: commands and import runners call lib/db', () => {
    expect(count('lib/server')).toEqual({});
  });
});
