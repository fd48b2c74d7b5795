import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { getDashboard } from '@/lib/server/commands/reports/dashboard';
import { listStagnantReps } from '@/lib/server/commands/tier-reviews';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { formatKrw } from '@/lib/domain/format/money';
import { MOVE_KINDS } from '@/lib/domain/reports/movement';
import { PageHeader } from '@/components/ui/page-header';
import { MovementChart, RatesChart, StalledChart, TierAmountChart } from '@/components/charts/dashboard-charts';
import { formatRatio } from '@/lib/domain/format';
import { listBidDeadlinesSoon } from '@/lib/server/commands/tools';
import { BidDeadlines } from './bid-deadlines';

const pct = (v: number | null) => formatRatio(v);

// Executives land here (app/(app)/page.tsx): is the pipeline moving?
export default async function DashboardPage() {
  const session = await requireSession();
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const t = await getTranslations('dashboard');
  const tr = await getTranslations('reports');
  const [d, stagnant, bidsDue] = await Promise.all([
    getDashboard(pgPool, db, session, { locale }),
    listStagnantReps(db, session),
    listBidDeadlinesSoon(db, session),
  ]);
  const trv = await getTranslations('tiers.reviews');
  const labels = { showTable: t('showTable'), hideTable: t('hideTable'), empty: t('empty') };
  const colLabel = (c: string) => tr(`columns.${c}` as never);
  const totalClosed = d.rates.reduce((s, r) => ({ won: s.won + r.won, lost: s.lost + r.lost }), { won: 0, lost: 0 });
  const overallWin = totalClosed.won + totalClosed.lost ? totalClosed.won / (totalClosed.won + totalClosed.lost) : null;
  const stalledCount = d.stalled.reduce((n, s) => n + s.stalled, 0);
  const hasDeals = d.byTier.some((b) => b.count > 0);
  const hasMoves = d.movement.some((w) => MOVE_KINDS.some((k) => w[k] > 0));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link
            href="/reports/one-page"
            className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
          >
            {t('openReport')}
          </Link>
        }
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[
          [t('kpi.open'), formatKrw(d.openTotal.amount, locale), tr('deals', { count: d.openTotal.count }), 'kpi-open'],
          [t('kpi.won'), formatKrw(d.wonTotal.amount, locale), tr('deals', { count: d.wonTotal.count }), 'kpi-won'],
          [t('kpi.winRate'), pct(overallWin), `${totalClosed.won} / ${totalClosed.won + totalClosed.lost}`, 'kpi-win-rate'],
          [t('kpi.stalled'), String(stalledCount), '', 'kpi-stalled'],
        ].map(([label, value, sub, id]) => (
          <div key={id} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid={id}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="tabular mt-0.5 text-2xl font-semibold text-slate-900">
              {value} {sub ? <span className="text-sm font-normal text-slate-500">{sub}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <TierAmountChart
          labels={labels}
          series={{ amount: t('byTier.amount'), count: t('byTier.count') }}
          data={d.byTier.map((b) => ({
            column: b.column,
            label: colLabel(b.column),
            amountEok: Math.round(Number(b.amount) / 1e6) / 100,
            count: b.count,
            tone: b.column === 'WON' ? 'won' : ['LOST', 'NO_BID', 'DROPPED'].includes(b.column) ? 'lost' : 'open',
          }))}
          text={{
            title: t('byTier.title'),
            table: {
              caption: t('byTier.title'),
              columns: [t('byTier.column'), t('byTier.count'), t('byTier.amount')],
              rows: hasDeals ? d.byTier.map((b) => [colLabel(b.column), b.count, formatKrw(b.amount, locale)]) : [],
            },
          }}
        />
        <MovementChart
          labels={labels}
          series={{
            up: t('movement.up'),
            down: t('movement.down'),
            new: t('movement.new'),
            won: t('movement.won'),
            lost: t('movement.lost'),
          }}
          data={d.movement}
          text={{
            title: t('movement.title'),
            table: {
              caption: t('movement.title'),
              columns: [t('movement.week'), ...MOVE_KINDS.map((k) => t(`movement.${k}`))],
              rows: hasMoves ? d.movement.map((w) => [w.week, ...MOVE_KINDS.map((k) => w[k])]) : [],
            },
          }}
        />
        <RatesChart
          labels={labels}
          series={{ winRate: t('rates.winRate'), bidRate: t('rates.bidRate') }}
          data={d.rates.map((r) => ({ label: r.label ?? t('unassigned'), winRate: r.winRate, bidRate: r.bidRate }))}
          text={{
            title: t('rates.title'),
            hint: t('rates.hint'),
            table: {
              caption: t('rates.title'),
              columns: [t('rates.category'), t('rates.won'), t('rates.lost'), t('rates.noBid'), t('rates.winRate'), t('rates.bidRate')],
              rows: d.rates.map((r) => [r.label ?? t('unassigned'), r.won, r.lost, r.noBid, pct(r.winRate), pct(r.bidRate)]),
            },
          }}
        />
        <StalledChart
          labels={{ ...labels, empty: t('stalled.none') }}
          series={{ count: t('stalled.count') }}
          data={d.stalled.map((s) => ({ name: s.name, stalled: s.stalled }))}
          text={{
            title: t('stalled.title'),
            table: {
              caption: t('stalled.title'),
              columns: [t('stalled.rep'), t('stalled.count'), t('stalled.amount')],
              rows: d.stalled.map((s) => [s.name, s.stalled, formatKrw(s.amount, locale)]),
            },
          }}
        />
      </div>
      <Card className="mt-4">
        <CardHeader>
          <CardTitle>{trv('stagnantDashboard', { n: stagnant.n })}</CardTitle>
          <Link href="/tiers/reviews" className="text-sm text-indigo-700 underline">
            {trv('title')}
          </Link>
        </CardHeader>
        <CardBody data-testid="dashboard-stagnant">
          {stagnant.chains.length ? (
            <ul className="grid gap-2">
              {stagnant.chains.map((c) => (
                <li key={`${c.period}:${c.teamId ?? ''}`} className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-slate-700">
                    {trv(c.period)} · {c.teamName ? trv('teamOf', { name: c.teamName }) : trv('firm')}
                  </span>
                  {c.reps.map((r) => (
                    <Badge key={r.id} tone="warning">
                      {r.name}
                    </Badge>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{trv('noStagnant', { n: stagnant.n })}</p>
          )}
        </CardBody>
      </Card>
      <BidDeadlines rows={bidsDue} locale={locale} />
    </>
  );
}
