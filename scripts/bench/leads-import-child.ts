// Runs one import job in a fresh process and reports its peak RSS: the leads benchmark uses it so
// the 1M-row measurement is the import's memory (like a server's), not the benchmark's own.
import './server-only';
import { measureJob } from './measure-job';
const batchId = process.argv[2]!;
const { runImport } = await import('@/lib/server/import/runner');
await measureJob(() => runImport(batchId));
