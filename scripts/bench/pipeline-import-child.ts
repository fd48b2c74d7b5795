// Runs one pipeline import job in a fresh process and reports its time and peak RSS (the import's
// memory, like a server's, not the benchmark's own).
import './server-only';
import { measureJob } from './measure-job';
const batchId = process.argv[2]!;
const { runPipelineImport } = await import('@/lib/server/import/pipeline-runner');
const { pgPool } = await import('@/lib/db/pg');
const { db } = await import('@/lib/db/client');
// a server's connections are warm: connect both clients before the clock starts
await Promise.all([db.$queryRaw`SELECT 1`, pgPool.query('SELECT 1')]);
await measureJob(() => runPipelineImport(batchId));
