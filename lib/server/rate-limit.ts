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

/** How long a back-off key must still wait (0 = may try now) and its failure count. */
export async function backoffWait(db: Db, key: string): Promise<{ failures: number; waitS: number }> {
  const rows = await db.$queryRaw<{ count: number; wait: number }[]>`
    SELECT count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("resetAt" - now()))))::int AS wait FROM "RateLimit" WHERE key = ${key}`;
  return rows[0] ? { failures: rows[0].count, waitS: rows[0].wait } : { failures: 0, waitS: 0 };
}

/**
 * Exponential back-off: one more failure for `key`. The first `free` failures cost nothing; the
 * n-th after them makes the key wait 2^(n-1) s, at most `maxS`. Failures older than `forgetS`
 * are forgotten. Returns the wait now in force.
 */
export async function recordBackoffFailure(db: Db, key: string, opts: { free: number; maxS: number; forgetS: number }) {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" < now() - make_interval(secs => ${opts.forgetS}) THEN 1 ELSE "RateLimit".count + 1 END
    RETURNING count`;
  const failures = rows[0]!.count;
  const waitS = failures > opts.free ? Math.min(opts.maxS, 2 ** (failures - opts.free - 1)) : 0;
  await db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = now() + make_interval(secs => ${waitS}) WHERE key = ${key}`;
  return { failures, waitS };
}

/** Remember a fact for `ttlS` seconds (e.g. "this address signed in to this account"). */
export async function rememberKey(db: Db, key: string, ttlS: number) {
  await db.$executeRaw`
    INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${key}, 1, now() + make_interval(secs => ${ttlS}))
    ON CONFLICT (key) DO UPDATE SET "resetAt" = EXCLUDED."resetAt"`;
}

export async function isRemembered(db: Db, key: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM "RateLimit" WHERE key = ${key} AND "resetAt" > now()`;
  return rows.length > 0;
}

/** Current count of a fixed-window counter (0 when its window has passed). */
export async function peekRateLimit(db: Db, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`SELECT count FROM "RateLimit" WHERE key = ${key} AND "resetAt" > now()`;
  return rows[0]?.count ?? 0;
}
