import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { categoryLabels, closedByCategory, stalledByRep, weeklyTransitions, type Queryable } from '@/lib/db/queries/reports';
import { sumAmounts } from '@/lib/domain/format/money';
import { REPORT_COLUMNS, type ReportColumn, type Sum } from '@/lib/domain/reports/matrix';
import { lastWeeks, weeklyMovementSeries, type MoveKind } from '@/lib/domain/reports/movement';
import { ratesByCategory, type CategoryRates } from '@/lib/domain/reports/rates';
import { getSetting } from '../../settings';
import { getOnePageReport } from './one-page';
import { assertCan } from '@/lib/server/authorize';

// The executive dashboard (SPEC §3 "charts where people would rather look than read"):
// amount and count by tier, tier movement over the last 12 weeks, win and bid rate by business
// category, stalled deals by rep.

export type Dashboard = {
  byTier: { column: ReportColumn; count: number; amount: string }[];
  openTotal: Sum;
  wonTotal: Sum;
  movement: ({ week: string } & Record<MoveKind, number>)[];
  rates: (CategoryRates & { label: string | null })[];
  stalled: { id: string; name: string; stalled: number; amount: string }[];
};

export async function getDashboard(
  q: Queryable,
  prisma: Db,
  session: AppSession,
  opts: { now?: Date; locale?: 'ko' | 'en' } = {},
): Promise<Dashboard> {
  assertCan(session, 'report:read');
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? session.locale;
  const weeks = lastWeeks(now, 12);
  const [report, transitions, closed, labels, thresholds] = await Promise.all([
    getOnePageReport(q, session, { rows: 'category' }, { now, locale, topK: 0 }),
    weeklyTransitions(q, new Date(`${weeks[0]}T00:00:00Z`)),
    closedByCategory(q),
    categoryLabels(q),
    getSetting(prisma, 'stallThresholds'),
  ]);
  const stalled = await stalledByRep(q, thresholds, now);
  const nameOf = new Map(labels.map((l) => [l.key, locale === 'en' ? l.nameEn : l.nameKo]));
  const order = new Map(labels.map((l, i) => [l.key, i]));
  const counts = new Map<string, { key: string | null; won: number; lost: number; noBid: number }>();
  for (const r of closed) {
    const k = r.key ?? '';
    const c = counts.get(k) ?? { key: r.key, won: 0, lost: 0, noBid: 0 };
    if (r.outcome === 'WON') c.won += r.count;
    else if (r.outcome === 'LOST') c.lost += r.count;
    else if (r.outcome === 'NO_BID') c.noBid += r.count;
    counts.set(k, c);
  }
  const rates = ratesByCategory([...counts.values()])
    .filter((r) => r.won + r.lost + r.noBid > 0)
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0)))
    .map((r) => ({ ...r, label: r.key === null ? null : (nameOf.get(r.key) ?? r.key) }));
  return {
    byTier: REPORT_COLUMNS.map((c) => ({ column: c, ...report.matrix.totals[c] })),
    openTotal: report.matrix.openTotal,
    wonTotal: report.matrix.totals.WON,
    movement: weeklyMovementSeries(weeks, transitions),
    rates,
    stalled: stalled.map((s) => ({ ...s, amount: sumAmounts([s.amount]) })), // exact, normalised (no trailing .00)
  };
}
