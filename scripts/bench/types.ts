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
