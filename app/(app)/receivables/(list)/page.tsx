import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { formatKrw } from '@/lib/domain/format/money';
import { koreaToday } from '@/lib/domain/time/korea';
import { listReceivables, receivablesSummary } from '@/lib/server/commands/receivables';
import { listReceivablesQuerySchema } from '@/lib/validation/receivables';
import { DomainError } from '@/lib/server/errors';
import { PageHeader } from '@/components/ui/page-header';
import { BarChartCard } from '@/components/charts/bar-chart-card';
import { ReceivablesList } from '../receivables-list';

// 채권 관리 (SPEC §6): KPI strip, aging of what is overdue, and the list (overdue by default) —
// the same commands as GET /api/v1/receivables. Everyone reads; editing is on each deal's schedule.
export default async function ReceivablesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePermission('opportunity:read');
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === 'string'));
  const parsed = listReceivablesQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : listReceivablesQuerySchema.parse({});
  const [t, locale] = [await getTranslations('receivables'), ((await getLocale()) === 'en' ? 'en' : 'ko') as 'ko' | 'en'];
  const now = new Date();
  const [summary, first] = await Promise.all([
    receivablesSummary(db, session, query, now),
    // a stale or forged cursor shows the first page
    listReceivables(db, session, query, now).catch((e) => {
      if (!(e instanceof DomainError)) throw e;
      return listReceivables(db, session, { ...query, cursor: undefined }, now);
    }),
  ]);
  const isManager = session.roles.includes('SALES_MANAGER');

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} description={t('description', { today: koreaToday(now) })} />
      <section aria-label={t('kpi.label')} className="grid gap-3 sm:grid-cols-3" data-testid="receivables-kpis">
        <Kpi
          label={t('kpi.totalOutstanding')}
          value={formatKrw(summary.totalOutstanding, locale)}
          sub={t('kpi.count', { count: summary.outstandingCount })}
          testId="kpi-outstanding"
        />
        <Kpi label={t('kpi.overdueAmount')} value={formatKrw(summary.overdueAmount, locale)} tone="danger" testId="kpi-overdue-amount" />
        <Kpi
          label={t('kpi.overdueCount')}
          value={t('kpi.count', { count: summary.overdueCount })}
          tone="danger"
          testId="kpi-overdue-count"
        />
      </section>
      <BarChartCard
        title={t('aging.title')}
        hint={t('aging.hint')}
        testId="chart-aging"
        data={summary.buckets.map((b) => ({ label: t(`aging.bucket.${b.bucket}`), amount: Number(b.amount), count: b.count }))}
        x="label"
        bars={[{ key: 'amount', name: t('aging.amount') }]}
        krw={locale}
        table={{
          caption: t('aging.caption'),
          columns: [t('aging.period'), t('aging.amount'), t('aging.count')],
          rows: summary.overdueCount
            ? summary.buckets.map((b) => [t(`aging.bucket.${b.bucket}`), formatKrw(b.amount, locale), b.count])
            : [],
        }}
        labels={{ showTable: t('aging.showTable'), hideTable: t('aging.hideTable'), empty: t('aging.empty') }}
      />
      <ReceivablesList
        key={`${JSON.stringify(query)}|${first.items.map((i) => `${i.id}:${i.version}`).join(',')}`}
        query={{ status: query.status, owner: query.owner ?? null, team: query.team ?? null, account: query.account ?? null }}
        initial={first}
        locale={locale}
        isManager={isManager}
      />
    </div>
  );
}

function Kpi({ label, value, sub, tone, testId }: { label: string; value: string; sub?: string; tone?: 'danger'; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <p className="text-sm text-slate-500">{label}</p>
      <p className={`tabular mt-1 text-2xl font-semibold ${tone === 'danger' ? 'text-rose-700' : 'text-slate-900'}`}>{value}</p>
      {sub ? <p className="mt-0.5 text-xs text-slate-500">{sub}</p> : null}
    </div>
  );
}
