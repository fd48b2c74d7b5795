import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { assertCan } from '@/lib/server/authorize';
import { koreaMonth, startOfKoreanMonth } from '@/lib/domain/time/korea';
import { lossReasonsByMonth, winLossCounts } from '@/lib/db/queries/postmortems';
import { lossReasonMatrix, shiftMonth, totalWinRate, winRates, type OutcomeCount } from '@/lib/domain/postmortems';
import type { Translate } from '@/components/data-table/columns';

/**
 * The win/loss analytics over the last `months` calendar months (Korea time), as the page and its
 * export show them: win rates by business category, region, competitor and entry tier, and the
 * loss reasons per month. `t` is the 'postmortems' namespace (labels of the unknown keys).
 */
export async function getWinLoss(db: Db, session: AppSession, opts: { months: number; locale: 'ko' | 'en'; t: Translate; now?: Date }) {
  assertCan(session, 'lesson:read');
  assertCan(session, 'opportunity:read');
  const { t, locale } = opts;
  const to = koreaMonth(opts.now ?? new Date());
  const from = shiftMonth(to, -(opts.months - 1));
  const since = startOfKoreanMonth(from);
  const [counts, reasons] = await Promise.all([winLossCounts(db, since, locale), lossReasonsByMonth(db, since, locale)]);
  const relabel = (rows: OutcomeCount[], label: (r: OutcomeCount) => string) => rows.map((r) => ({ ...r, label: label(r) }));
  const byCategory = winRates(relabel(counts.category, (r) => (r.key === '-' ? t('analytics.uncategorized') : r.label)));
  const byRegion = winRates(
    relabel(counts.region, (r) =>
      r.label ? r.label : r.key.startsWith('scope:') ? t(`analytics.scope.${r.key.slice(6)}`) : t('analytics.unknownRegion'),
    ),
  );
  const byCompetitor = winRates(counts.competitor);
  const byTier = winRates(
    relabel(counts.entryTier, (r) => (r.key === '-' ? t('analytics.unknownTier') : t('analytics.tier', { tier: r.key }))),
  ).sort((a, b) => b.key.localeCompare(a.key));
  return {
    from,
    to,
    overall: totalWinRate(byCategory),
    rates: { category: byCategory, region: byRegion, competitor: byCompetitor, tier: byTier },
    matrix: lossReasonMatrix(reasons, from, to),
  };
}
export type WinLoss = Awaited<ReturnType<typeof getWinLoss>>;
