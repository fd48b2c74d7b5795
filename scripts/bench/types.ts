import type pg from 'pg';

export type BenchContext = {
  databaseUrl: string; // a freshly migrated scratch database of this benchmark's own
  scale: number; // 1 = the numbers; smaller for a quick run
  log: (line: string) => void;
};

export type BenchModule = { bench: (ctx: BenchContext) => Promise<void> };

/** p-th percentile of durations (ms). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Format a duration for a bench line: 12.3 ms. */
export const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Run `op` n times in a row; its latencies' p50/p95/max and the last result. */
export async function timeIt<T>(n: number, op: (i: number) => Promise<T>) {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await op(i);
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), last };
}

/** The session of a benchmark's sales manager (a "User" row read by the bench), as the commands take it. */
export function managerSession(u: { id: string; email: string; name: string }) {
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    roles: ['SALES_MANAGER' as const],
    vrbDomains: [],
    managerId: null,
    locale: 'ko' as const,
  };
}

/** A deal bench's user: its id. */
export async function insertBenchUser(pool: pg.Pool, email: string, name: string, role: 'SALES_REP' | 'VRB_MEMBER'): Promise<string> {
  const { rows } = await pool.query(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, 'x', ARRAY[$3]::"Role"[], now()) RETURNING id`,
    [email, name, role],
  );
  return rows[0].id;
}

/** What a deal bench's opportunities hang off: `accounts` accounts (벤치고객 n), `competitors` competitors (벤치경쟁사 n), 20 business categories (BC1…BC20). */
export async function insertBenchCatalog(pool: pg.Pool, o: { accounts: number; competitors: number }) {
  await pool.query(
    `INSERT INTO "Account" (name, "nameNormalized", "updatedAt") SELECT '벤치고객 ' || g, '벤치고객' || g, now() FROM generate_series(1, $1) g`,
    [o.accounts],
  );
  await pool.query(`INSERT INTO "Competitor" (name) SELECT '벤치경쟁사 ' || g FROM generate_series(1, $1) g`, [o.competitors]);
  await pool.query(
    `INSERT INTO "BusinessCategory" (code, "nameKo", "nameEn") SELECT 'BC' || g, '분류 ' || g, 'Cat ' || g FROM generate_series(1, 20) g`,
  );
}
