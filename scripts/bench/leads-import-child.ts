// Runs one import job in a fresh process and reports its peak RSS: the leads benchmark uses it so
// the 1M-row measurement is the import's memory (like a server's), not the benchmark's own.
import './server-only';
const batchId = process.argv[2]!;
const { runImport } = await import('@/lib/server/import/runner');
const { pgPool } = await import('@/lib/db/pg');
const rss0 = process.memoryUsage().rss;
let peak = rss0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const t0 = performance.now();
await runImport(batchId);
clearInterval(timer);
const secs = (performance.now() - t0) / 1000;
await pgPool.end();
process.stdout.write(JSON.stringify({ secs, rss0, peak }) + '\n');
process.exit(0);
