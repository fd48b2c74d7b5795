import 'server-only';
import type { Db } from '@/lib/db/client';
import { listReviews } from '@/lib/db/queries/tier-reviews';

/** The newest reviews (of one period, if given), with their item counts. */
export async function listTierReviews(db: Db, opts: { period?: 'WEEKLY' | 'MONTHLY'; limit?: number } = {}) {
  return listReviews(db, { period: opts.period, limit: opts.limit ?? 100 });
}
