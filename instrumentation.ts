// Next.js server start hook. The lead-import worker runs INSIDE the Next server process: at
// start it resumes queued imports and those whose worker died (their PostgreSQL lease ran out),
// then checks again every 15 s. Jobs are rows in ImportBatch, so any server instance can take
// them over; a file path must be reachable by that instance (IMPORT_DIR on shared disk).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  const { resumeImports } = await import('./lib/server/import/runner');
  const tick = () => resumeImports().catch(() => undefined);
  void tick();
  setInterval(tick, 15_000).unref();
}
