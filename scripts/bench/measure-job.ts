// What the import benchmarks' child processes share: run one job and report its time and peak RSS
// to the parent on stdout (the import's memory, like a server's, not the benchmark's own).
import './server-only';

/** Runs `job`, sampling the RSS every 25 ms; prints { secs, rss0, peak } as one JSON line and exits. */
export async function measureJob(job: () => Promise<unknown>): Promise<never> {
  const { pgPool } = await import('@/lib/db/pg');
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const t0 = performance.now();
  await job();
  clearInterval(timer);
  const secs = (performance.now() - t0) / 1000;
  await pgPool.end();
  process.stdout.write(JSON.stringify({ secs, rss0, peak }) + '\n');
  process.exit(0);
}
