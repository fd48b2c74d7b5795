import { getLocale, getTranslations } from 'next-intl/server';
import { requireSession } from '@/lib/auth/session';
import { pgPool } from '@/lib/db/pg';
import { categoryLabels, ownerOptions } from '@/lib/db/queries/reports';
import { koreaToday } from '@/lib/domain/time/korea';
import { getOnePageReport, type OnePageReport } from '@/lib/server/commands/reports/one-page';
import { DomainError } from '@/lib/server/errors';
import { translateError } from '@/lib/i18n/translate';
import { printLayout } from '@/lib/domain/reports/matrix';
import { formatKrw, sumAmounts } from '@/lib/domain/format/money';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { ReportFilters } from './filters';
import { ReportMatrix } from '@/components/reports/report-matrix';
import { MovementPanel } from './movement-panel';
import { PrintButton } from './print-button';
import '@/components/reports/print-sheet.css';
import { formatDateTime } from '@/lib/domain/format';

// The one-page TM report (SPEC §3). A plain GET form drives it, so the URL is the report's state
// (shareable, back button works) and the API's .xlsx/.csv take the same query string.
export default async function OnePageReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireSession();
  const t = await getTranslations('reports');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const qs = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => !!e[1])).toString();

  let report: OnePageReport | null = null;
  let error: { message: string; fields: { path: string; message: string }[] } | null = null;
  try {
    report = await getOnePageReport(pgPool, session, raw, { locale });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    error = {
      message: translateError(locale, e.key, e.params),
      fields: (e.fields ?? []).map((f) => ({ path: f.path, message: translateError(locale, f.message, e.params) })),
    };
  }
  const [categories, owners] = await Promise.all([categoryLabels(pgPool), ownerOptions(pgPool)]);
  const today = koreaToday(new Date());
  const m = report?.matrix;
  const rowCount = m ? m.groups.reduce((n, g) => n + g.rows.length, 0) : 0;
  const print = printLayout(rowCount, m?.groups.length ?? 0);
  const generated = report ? formatDateTime(report.generatedAt, locale) : '';

  return (
    <div className="print-report">
      <div className="no-print">
        <PageHeader
          title={t('title')}
          description={t('description')}
          actions={
            report ? (
              <>
                <PrintButton label={t('actions.print')} />
                <a
                  href={`/api/v1/reports/one-page.xlsx${qs ? `?${qs}` : ''}`}
                  download
                  className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
                >
                  {t('actions.xlsx')}
                </a>
                <a
                  href={`/api/v1/reports/one-page.csv${qs ? `?${qs}` : ''}`}
                  download
                  className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
                >
                  {t('actions.csv')}
                </a>
              </>
            ) : null
          }
        />
        <ReportFilters
          value={raw}
          today={today}
          categories={categories.map((c) => ({ id: c.key, name: locale === 'en' ? c.nameEn : c.nameKo }))}
          owners={owners}
          fieldErrors={error?.fields ?? []}
        />
      </div>

      {error ? (
        <div
          role="status"
          data-testid="report-error"
          className="mt-4 rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800"
        >
          <p className="font-semibold">{t('errorTitle')}</p>
          <p className="mt-1">{error.message}</p>
        </div>
      ) : null}

      {report && m ? (
        <section aria-labelledby="report-title" className="print-sheet mt-4 print:m-0" style={{ ['--print-zoom' as string]: print.scale }}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="report-title" className="text-lg font-semibold text-slate-900">
              {t('title')} · {t(`groupings.${m.grouping}` as never)}
            </h2>
            <p className="text-xs text-slate-500" data-testid="report-basis">
              {report.query.asOf ? t('asOfBanner', { date: report.query.asOf }) : t('currentBanner', { time: generated })}
              {report.query.from || report.query.to
                ? ` · ${t('filters.periodHint')} ${report.query.from ?? '…'} ~ ${report.query.to ?? '…'}`
                : ''}
            </p>
          </div>

          <dl className="mb-3 grid grid-cols-2 gap-2 sm:grid-cols-4 print:mb-1 print:grid-cols-4 print:gap-1">
            <Kpi
              label={t('openPipeline')}
              value={formatKrw(m.openTotal.amount, locale)}
              sub={t('deals', { count: m.openTotal.count })}
              testId="kpi-open"
            />
            <Kpi
              label={t('won')}
              value={formatKrw(m.totals.WON.amount, locale)}
              sub={t('deals', { count: m.totals.WON.count })}
              tone="won"
              testId="kpi-won"
            />
            <Kpi
              label={t('lost')}
              value={formatKrw(sumAmounts([m.totals.LOST.amount, m.totals.NO_BID.amount, m.totals.DROPPED.amount]), locale)}
              sub={t('deals', { count: m.totals.LOST.count + m.totals.NO_BID.count + m.totals.DROPPED.count })}
              tone="lost"
              testId="kpi-lost"
            />
            <Kpi
              label={t('grandTotal')}
              value={formatKrw(m.grandTotal.amount, locale)}
              sub={t('deals', { count: m.grandTotal.count })}
              testId="kpi-total"
            />
          </dl>

          {m.empty ? (
            <EmptyState
              title={t(`empty.${report.emptyReason ?? 'noDeals'}` as never)}
              description={t(`empty.${report.emptyReason ?? 'noDeals'}Description` as never)}
            />
          ) : (
            <ReportMatrix matrix={m} locale={locale} printK={print.dealsPerCell} />
          )}

          {report.movement ? <MovementPanel movement={report.movement} locale={locale} /> : null}
          <p className="mt-2 hidden text-[7pt] text-slate-500 print:block">{t('printFooter', { time: generated })}</p>
        </section>
      ) : null}
    </div>
  );
}

function Kpi({ label, value, sub, tone, testId }: { label: string; value: string; sub: string; tone?: 'won' | 'lost'; testId: string }) {
  const color = tone === 'won' ? 'text-emerald-700' : tone === 'lost' ? 'text-rose-700' : 'text-slate-900';
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 print:px-2 print:py-1" data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`tabular text-lg font-semibold print:text-sm ${color}`}>
        {value} <span className="text-xs font-normal text-slate-500">{sub}</span>
      </dd>
    </div>
  );
}
