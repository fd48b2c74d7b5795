import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { koreaMonth, startOfKoreanMonth } from '@/lib/domain/time/korea';
import { lossReasonsByMonth, winLossCounts } from '@/lib/db/queries/postmortems';
import { lossReasonMatrix, shiftMonth, totalWinRate, winRates, type OutcomeCount, type WinRateRow } from '@/lib/domain/postmortems';
import { Button } from '@/components/ui/button';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { requireReader } from '../access';
import { LossReasonsChart } from './loss-reasons-chart';
import { formatNumber, formatRatio } from '@/lib/domain/format';

const PERIODS = ['3', '6', '12', '24'] as const;
const searchSchema = z.object({ months: z.enum(PERIODS).catch('12').default('12') });

export default async function WinLossPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader('opportunity:read', 'lesson:read');
  const { months } = searchSchema.parse(await searchParams);
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const t = await getTranslations('postmortems');
  const to = koreaMonth(new Date());
  const from = shiftMonth(to, -(Number(months) - 1));
  const since = startOfKoreanMonth(from);
  const [counts, reasons] = await Promise.all([winLossCounts(db, since, locale), lossReasonsByMonth(db, since, locale)]);

  const relabel = (rows: OutcomeCount[], label: (r: OutcomeCount) => string) => rows.map((r) => ({ ...r, label: label(r) }));
  const byCategory = winRates(relabel(counts.category, (r) => (r.key === '-' ? t('analytics.uncategorized') : r.label)));
  const byRegion = winRates(
    relabel(counts.region, (r) =>
      r.label ? r.label : r.key.startsWith('scope:') ? t(`analytics.scope.${r.key.slice(6)}` as never) : t('analytics.unknownRegion'),
    ),
  );
  const byCompetitor = winRates(counts.competitor);
  const byTier = winRates(
    relabel(counts.entryTier, (r) => (r.key === '-' ? t('analytics.unknownTier') : t('analytics.tier', { tier: r.key }))),
  ).sort((a, b) => b.key.localeCompare(a.key));
  const overall = totalWinRate(byCategory);
  const matrix = lossReasonMatrix(reasons, from, to);
  const pct = (r: number | null) => (r === null ? t('analytics.noRate') : formatRatio(r));

  return (
    <>
      <PageHeader title={t('analytics.title')} description={t('analytics.description')} />
      <form className="mb-4 flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="wl-months">{t('analytics.period')}</Label>
          <Select id="wl-months" name="months" defaultValue={months} className="w-44">
            {PERIODS.map((m) => (
              <option key={m} value={m}>
                {t('analytics.periodMonths', { n: m })}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t('analytics.apply')}
        </Button>
        <p className="ml-2 pb-2 text-xs text-slate-500">
          {from} ~ {to}
        </p>
      </form>

      {overall.decided + overall.other === 0 ? (
        <EmptyState title={t('analytics.empty')} />
      ) : (
        <div className="flex flex-col gap-4">
          <section aria-labelledby="wl-overall" className="grid gap-3 sm:grid-cols-4">
            <Stat id="wl-overall" label={t('analytics.overall')} value={pct(overall.winRate)} strong />
            <Stat label={t('analytics.won')} value={formatNumber(overall.won)} />
            <Stat label={t('analytics.lost')} value={formatNumber(overall.lost)} />
            <Stat label={t('analytics.other')} value={formatNumber(overall.other)} />
          </section>
          <div className="grid gap-4 xl:grid-cols-2">
            <RateTable id="wl-category" title={t('analytics.byCategory')} rows={byCategory} pct={pct} />
            <RateTable id="wl-region" title={t('analytics.byRegion')} rows={byRegion} pct={pct} />
            <RateTable
              id="wl-competitor"
              title={t('analytics.byCompetitor')}
              hint={t('analytics.byCompetitorHint')}
              rows={byCompetitor}
              pct={pct}
            />
            <RateTable id="wl-tier" title={t('analytics.byEntryTier')} hint={t('analytics.byEntryTierHint')} rows={byTier} pct={pct} />
          </div>
        </div>
      )}

      {matrix.reasons.length ? (
        <div className="mt-4">
          <LossReasonsChart
            months={matrix.months}
            reasons={matrix.reasons}
            title={t('analytics.chart')}
            hint={t('analytics.lossReasonsHint')}
            table={{
              caption: t('analytics.chart'),
              columns: [t('analytics.reason'), ...matrix.months, t('analytics.total')],
              rows: matrix.reasons.map((r) => [r.label, ...r.counts, r.total]),
            }}
            labels={{ showTable: t('analytics.showTable'), hideTable: t('analytics.hideTable'), empty: t('analytics.emptyReasons') }}
          />
        </div>
      ) : null}

      <section aria-labelledby="wl-reasons" className="mt-4">
        <Card>
          <CardHeader>
            <div>
              <CardTitle id="wl-reasons">{t('analytics.lossReasons')}</CardTitle>
              <p className="mt-0.5 text-xs text-slate-500">{t('analytics.lossReasonsHint')}</p>
            </div>
          </CardHeader>
          {matrix.reasons.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t('analytics.emptyReasons')} />
            </div>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm" aria-labelledby="wl-reasons">
                <thead className="bg-slate-50 text-xs text-slate-500">
                  <tr>
                    <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium">
                      {t('analytics.reason')}
                    </th>
                    {matrix.months.map((m) => (
                      <th key={m} scope="col" className="px-2 py-2 text-right font-medium whitespace-nowrap">
                        {m}
                      </th>
                    ))}
                    <th scope="col" className="px-3 py-2 text-right font-medium">
                      {t('analytics.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {matrix.reasons.map((r) => {
                    const max = Math.max(...r.counts);
                    return (
                      <tr key={r.id} className="border-t border-slate-100">
                        <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal whitespace-nowrap text-slate-800">
                          {r.label}
                        </th>
                        {r.counts.map((c, i) => (
                          <td
                            key={matrix.months[i]}
                            className="px-2 py-2 text-right tabular-nums"
                            style={c ? { backgroundColor: `rgba(225, 29, 72, ${0.08 + 0.3 * (c / max)})` } : undefined}
                          >
                            {c || <span className="text-slate-500">·</span>}
                          </td>
                        ))}
                        <td className="px-3 py-2 text-right font-medium tabular-nums">{r.total}</td>
                      </tr>
                    );
                  })}
                  <tr className="border-t border-slate-200 bg-slate-50 font-medium">
                    <th scope="row" className="sticky left-0 bg-slate-50 px-3 py-2 text-left">
                      {t('analytics.total')}
                    </th>
                    {matrix.monthTotals.map((c, i) => (
                      <td key={matrix.months[i]} className="px-2 py-2 text-right tabular-nums">
                        {c}
                      </td>
                    ))}
                    <td className="px-3 py-2 text-right tabular-nums">{matrix.monthTotals.reduce((s, c) => s + c, 0)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </section>
    </>
  );
}

function Stat({ id, label, value, strong }: { id?: string; label: string; value: string; strong?: boolean }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <p id={id} className="text-xs text-slate-500">
        {label}
      </p>
      <p
        className={
          strong ? 'mt-1 text-2xl font-semibold text-indigo-700 tabular-nums' : 'mt-1 text-2xl font-semibold text-slate-900 tabular-nums'
        }
      >
        {value}
      </p>
    </div>
  );
}

async function RateTable({
  id,
  title,
  hint,
  rows,
  pct,
}: {
  id: string;
  title: string;
  hint?: string;
  rows: WinRateRow[];
  pct: (r: number | null) => string;
}) {
  const t = await getTranslations('postmortems');
  return (
    <section aria-labelledby={id}>
      <Card className="h-full">
        <CardHeader>
          <div>
            <CardTitle id={id}>{title}</CardTitle>
            {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
          </div>
        </CardHeader>
        {rows.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-slate-500">{t('analytics.empty')}</p>
        ) : (
          <table className="w-full text-sm" aria-labelledby={id} data-testid={id}>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t('analytics.key')}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t('analytics.won')}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t('analytics.lost')}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t('analytics.other')}
                </th>
                <th scope="col" className="w-44 px-3 py-2 text-left font-medium">
                  {t('analytics.winRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal text-slate-800">
                    {r.label}
                  </th>
                  <td className="px-3 py-2 text-right text-emerald-700 tabular-nums">{r.won}</td>
                  <td className="px-3 py-2 text-right text-rose-700 tabular-nums">{r.lost}</td>
                  <td className="px-3 py-2 text-right text-slate-500 tabular-nums">{r.other}</td>
                  <td className="px-3 py-2">
                    <div className="flex items-center gap-2">
                      <div
                        className={
                          r.winRate === null
                            ? 'h-2 flex-1 rounded-full bg-slate-100'
                            : 'h-2 flex-1 overflow-hidden rounded-full bg-rose-100'
                        }
                        aria-hidden
                      >
                        {r.winRate !== null ? (
                          <div className="h-full rounded-full bg-emerald-500" style={{ width: `${Math.round(r.winRate * 100)}%` }} />
                        ) : null}
                      </div>
                      <span className="w-12 text-right text-xs font-medium text-slate-700 tabular-nums">{pct(r.winRate)}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </section>
  );
}
