// Runs one pipeline import job in a fresh process and reports its time and peak RSS (the import's
// memory, like a server's, not the benchmark's own).
import './server-only';
const batchId = process.argv[2]!;
const { runPipelineImport } = await import('@/lib/server/import/pipeline-runner');
const { pgPool } = await import('@/lib/db/pg');
const { db } = await import('@/lib/db/client');
// a server's connections are warm: connect both clients before the clock starts
await Promise.all([db.$queryRaw`SELECT 1`, pgPool.query('SELECT 1')]);
const rss0 = process.memoryUsage().rss;
let peak = rss0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const t0 = performance.now();
await runPipelineImport(batchId);
clearInterval(timer);
const secs = (performance.now() - t0) / 1000;
await pgPool.end();
process.stdout.write(JSON.stringify({ secs, rss0, peak }) + '\n');
process.exit(0);
