import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { assertCan } from '@/lib/server/authorize';
import { stagnantFromFlags } from '@/lib/domain/tiers';
import { stagnantFlagsByChain, type ChainFlagRow } from '@/lib/db/queries/tier-reviews';
import { getSetting } from '../../settings';

export type StagnantChain = {
  period: 'WEEKLY' | 'MONTHLY';
  teamId: string | null;
  teamName: string | null;
  reps: { id: string; name: string }[];
};

/**
 * The dashboard's "reps whose tiers did not move for N reviews": per review chain (weekly/monthly ×
 * scope) the reps stuck in its last N reviews (N: setting stagnantReviewCount), by the same rule
 * as the review page (stagnantFromFlags). Chains with nobody stuck are left out.
 */
export async function listStagnantReps(db: Db, session: AppSession): Promise<{ n: number; chains: StagnantChain[] }> {
  assertCan(session, 'tierReview:read');
  const n = await getSetting(db, 'stagnantReviewCount');
  const rows = await stagnantFlagsByChain(db, n);
  const chains = new Map<string, ChainFlagRow[]>();
  for (const r of rows) {
    const key = `${r.period}:${r.teamId ?? ''}`;
    const list = chains.get(key);
    if (list) list.push(r);
    else chains.set(key, [r]);
  }
  const out: StagnantChain[] = [];
  for (const list of chains.values()) {
    const first = list[0]!;
    const names = new Map(list.map((r) => [r.ownerId, r.ownerName]));
    const stuck = stagnantFromFlags(list, first.reviewCount, n);
    if (stuck.length)
      out.push({
        period: first.period,
        teamId: first.teamId,
        teamName: first.teamName,
        reps: stuck.map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'ko')),
      });
  }
  return { n, chains: out.sort((a, b) => a.period.localeCompare(b.period) || (a.teamName ?? '').localeCompare(b.teamName ?? '', 'ko')) };
}
