import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// ADR 010's rule, checked on the code: no database call in app/, and the calls still written inside
// lib/server (commands holding Prisma calls in their transaction instead of a lib/db query
// function) may only go down. When you move some into lib/db, lower CEILING to the new count.
const CALL =
  /\b(db|tx|client)\.[a-z][a-zA-Z]+\.(find|create|update|upsert|delete|count|aggregate|groupBy)[A-Za-z]*\(|\$queryRaw|\$executeRaw|pgPool\.query/g;
const CEILING = 282;

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
  it('no Prisma or SQL call in app/: pages, routes and actions call lib/db or a command', () => {
    expect(count('app')).toEqual({});
  });
  it(`calls written in lib/server never grow past ${CEILING} (the debt only goes down)`, () => {
    const per = count('lib/server');
    const total = Object.values(per).reduce((s, n) => s + n, 0);
    expect(total, JSON.stringify(per, null, 1)).toBeLessThanOrEqual(CEILING);
  });
});
