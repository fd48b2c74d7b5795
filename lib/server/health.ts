import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db/client';
import { appliedMigrationNames } from '@/lib/db/queries/health';

export async function checkHealth() {
  const started = Date.now();
  try {
    const applied = await appliedMigrationNames(db);
    const dir = path.join(process.cwd(), 'prisma', 'migrations');
    const committed = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    const have = new Set(applied);
    const pending = committed.filter((m) => !have.has(m));
    return { ok: pending.length === 0, database: 'up', migrations: { applied: applied.length, pending }, latencyMs: Date.now() - started };
  } catch {
    return { ok: false, database: 'down', latencyMs: Date.now() - started };
  }
}
