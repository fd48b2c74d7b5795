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
