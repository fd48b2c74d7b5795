import 'server-only';
import type { Db } from '@/lib/db/client';

/** Names of the migrations the database has applied (finished, not rolled back). */
export async function appliedMigrationNames(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((r) => r.migration_name);
}
