import 'server-only';
import type { Db } from '@/lib/db/client';
import { countBackoffFailure, countWindowHit, holdKeyFor } from '@/lib/db/queries/rate-limit';

// Rate limits and back-offs kept in PostgreSQL (lib/db/queries/rate-limit.ts): the policies here,
// the counters there.
export { backoffWait, clearRateLimit, isRemembered, peekRateLimit, rememberKey } from '@/lib/db/queries/rate-limit';

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

/**
 * Fixed-window counter in PostgreSQL (survives restarts, shared by every process): one upsert,
 * atomic under concurrency. `limit` hits per `windowS` seconds per key.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowS: number): Promise<RateLimitResult> {
  const row = await countWindowHit(db, key, windowS);
  return { allowed: row.count <= limit, remaining: Math.max(0, limit - row.count), resetAt: row.resetAt };
}

/**
 * Exponential back-off: one more failure for `key`. The first `free` failures cost nothing; the
 * n-th after them makes the key wait 2^(n-1) s, at most `maxS`. Failures older than `forgetS`
 * are forgotten. Returns the wait now in force.
 */
export async function recordBackoffFailure(db: Db, key: string, opts: { free: number; maxS: number; forgetS: number }) {
  const failures = await countBackoffFailure(db, key, opts.forgetS);
  const waitS = failures > opts.free ? Math.min(opts.maxS, 2 ** (failures - opts.free - 1)) : 0;
  await holdKeyFor(db, key, waitS);
  return { failures, waitS };
}
