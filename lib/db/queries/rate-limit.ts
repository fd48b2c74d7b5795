import 'server-only';
import type { Db } from '@/lib/db/client';

// The "RateLimit" table (lib/server/rate-limit.ts holds the policies): one row per key with a
// counter and the instant its window ends. Every write is one atomic upsert (shared by every
// process, survives restarts).

/** One more hit in `key`'s fixed window of `windowS` seconds (a fresh window when the last one ended): the count and the window's end. */
export async function countWindowHit(db: Db, key: string, windowS: number): Promise<{ count: number; resetAt: Date }> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowS}))
    ON CONFLICT (key) DO UPDATE SET
      count     = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN now() + make_interval(secs => ${windowS}) ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  return rows[0]!;
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

/** One more failure for a back-off key (failures older than `forgetS` are forgotten): the count now. */
export async function countBackoffFailure(db: Db, key: string, forgetS: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" < now() - make_interval(secs => ${forgetS}) THEN 1 ELSE "RateLimit".count + 1 END
    RETURNING count`;
  return rows[0]!.count;
}

/** The key waits `waitS` seconds from now. */
export async function holdKeyFor(db: Db, key: string, waitS: number): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = now() + make_interval(secs => ${waitS}) WHERE key = ${key}`;
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
