import { getLocale, getTranslations } from 'next-intl/server';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { getWinLoss } from '@/lib/server/commands/postmortems/get-win-loss';
import type { WinRateRow } from '@/lib/domain/postmortems';
import { Button } from '@/components/ui/button';
import { Card, CardHeader, CardTitle, SectionCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Label, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { requireReader } from '../access';
import { BarChartCard } from '@/components/charts/bar-chart-card';
import { formatNumber, formatRatio } from '@/lib/domain/format';
import { reasonRows, type RateTable as RateTableKey } from './columns';
import { RateDataTable, ReasonsDataTable } from './tables';

const PERIODS = ['3', '6', '12', '24'] as const;
const searchSchema = z.object({ months: z.enum(PERIODS).catch('12').default('12') });

export default async function WinLossPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireReader('opportunity:read', 'lesson:read');
  const { months } = searchSchema.parse(await searchParams);
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const t = await getTranslations('postmortems');
  const wl = await getWinLoss(db, session, { months: Number(months), locale, t: t as never });
  const { from, to, overall, matrix } = wl;
  const { category: byCategory, region: byRegion, competitor: byCompetitor, tier: byTier } = wl.rates;
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
            {(
              [
                ['category', 'byCategory', byCategory],
                ['region', 'byRegion', byRegion],
                ['competitor', 'byCompetitor', byCompetitor, 'byCompetitorHint'],
                ['tier', 'byEntryTier', byTier, 'byEntryTierHint'],
              ] as const
            ).map(([table, title, rows, hint]) => (
              <RateTable
                key={table}
                table={table}
                months={months}
                title={t(`analytics.${title}`)}
                hint={hint && t(`analytics.${hint}`)}
                rows={rows}
              />
            ))}
          </div>
        </div>
      )}

      {matrix.reasons.length ? (
        <div className="mt-4">
          <BarChartCard
            title={t('analytics.chart')}
            hint={t('analytics.lossReasonsHint')}
            testId="chart-loss-reasons"
            data={matrix.months.map((month, i) => ({ month, ...Object.fromEntries(matrix.reasons.map((r) => [r.id, r.counts[i] ?? 0])) }))}
            x="month"
            bars={matrix.reasons.map((r) => ({ key: r.id, name: r.label }))}
            stacked
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
        <SectionCard title={t('analytics.lossReasons')} description={t('analytics.lossReasonsHint')} titleId="wl-reasons" bare>
          {matrix.reasons.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t('analytics.emptyReasons')} />
            </div>
          ) : (
            <div className="p-3">
              <ReasonsDataTable
                rows={reasonRows(matrix)}
                months={matrix.months}
                period={months}
                caption={t('analytics.lossReasons')}
                footer={
                  <tr>
                    <th scope="row" className="px-2 py-1.5 text-left">
                      {t('analytics.total')}
                    </th>
                    {matrix.monthTotals.map((c, i) => (
                      <td key={matrix.months[i]} className="px-2 py-1.5 text-right tabular-nums">
                        {c}
                      </td>
                    ))}
                    <td className="px-2 py-1.5 text-right tabular-nums">{matrix.monthTotals.reduce((s, c) => s + c, 0)}</td>
                  </tr>
                }
              />
            </div>
          )}
        </SectionCard>
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

function RateTable({
  table,
  months,
  title,
  hint,
  rows,
}: {
  table: RateTableKey;
  months: string;
  title: string;
  hint?: string;
  rows: WinRateRow[];
}) {
  return (
    <section aria-labelledby={`wl-${table}-title`}>
      <Card className="h-full">
        <CardHeader>
          <div>
            <CardTitle id={`wl-${table}-title`}>{title}</CardTitle>
            {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
          </div>
        </CardHeader>
        <div className="p-3">
          <RateDataTable table={table} rows={rows} caption={title} months={months} />
        </div>
      </Card>
    </section>
  );
}
