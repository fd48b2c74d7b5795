import 'server-only';
import type { Db } from '@/lib/db/client';

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

/**
 * Fixed-window counter in PostgreSQL (survives restarts, shared by every process): one upsert,
 * atomic under concurrency. `limit` hits per `windowS` seconds per key.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowS: number): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowS}))
    ON CONFLICT (key) DO UPDATE SET
      count     = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN now() + make_interval(secs => ${windowS}) ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const row = rows[0]!;
  return { allowed: row.count <= limit, remaining: Math.max(0, limit - row.count), resetAt: row.resetAt };
}

export async function clearRateLimit(db: Db, key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}
