// Next.js server start hook. The lead-import worker runs INSIDE the Next server process: at
// start it resumes queued imports and those whose worker died (their PostgreSQL lease ran out),
// then checks again every 15 s. Jobs are rows in ImportBatch and their uploads rows in
// ImportUploadChunk, so any server instance can take them over (IMPORT_DIR is only a local cache).
// It also loads the as-of report's history index in the background (ADR 007), so the first
// as-of report does not wait for it; AS_OF_INDEX=off leaves every as-of report on SQL.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerAddress } = await import('./lib/server/peer-stamp');
  stampPeerAddress();
  if (!process.env.DATABASE_URL) return;
  const { resumeImports } = await import('./lib/server/import/runner');
  const tick = () => resumeImports().catch(() => undefined);
  void tick();
  setInterval(tick, 15_000).unref();
  // uploads live in PostgreSQL; dry runs' and abandoned ones go after importUploadRetentionDays
  const { sweepImportUploads } = await import('./lib/server/import/storage');
  const sweep = () => sweepImportUploads().catch(() => undefined);
  setTimeout(sweep, 60_000).unref();
  setInterval(sweep, 3_600_000).unref();
  if (process.env.AS_OF_INDEX !== 'off') {
    const { warmAsOfIndex } = await import('./lib/server/commands/reports/one-page');
    setTimeout(() => void warmAsOfIndex(), 2_000).unref();
  }
}
