import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CalendarClock, ClipboardList, MessageSquareWarning } from 'lucide-react';
import { db } from '@/lib/db/client';
import { requireSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getVrbQueue, type VrbQueueReview } from '@/lib/db/queries/vrb';
import { getSetting } from '@/lib/server/settings';
import { isOverdue, type VrbDomain } from '@/lib/domain/vrb';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/lib/cn';
import { MarginCell, SEVERITY_TONE } from '../margin';
import { formatDateTime, formatNumber } from '@/lib/domain/format';

const TABS = ['upcoming', 'missing', 'findings'] as const;
type Tab = (typeof TABS)[number];
const LIMIT = 100;

export default async function VrbQueuePage({ searchParams }: { searchParams: Promise<{ tab?: string | string[] }> }) {
  const session = await requireSession();
  const te = await getTranslations('errors');
  if (!can(session.roles, 'vrb:read')) return <EmptyState title={te('forbidden')} />;
  const sp = await searchParams;
  const tab: Tab = (TABS as readonly string[]).includes(String(sp.tab)) ? (sp.tab as Tab) : 'upcoming';
  const t = await getTranslations('vrb');

  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const [queue, floorPct] = await Promise.all([getVrbQueue(db, { limit: LIMIT }), getSetting(db, 'marginFloorPct')]);
  const now = new Date();
  const counts = { upcoming: queue.counts.upcoming, missing: queue.counts.missingOpinions, findings: queue.counts.openFindings };
  const icons = { upcoming: CalendarClock, missing: ClipboardList, findings: MessageSquareWarning };

  const stageName = (r: VrbQueueReview) => (locale === 'en' ? r.stageNameEn : r.stageNameKo);
  const domains = (ds: VrbDomain[]) => ds.map((d) => t(`domain.${d}`)).join(', ');
  const when = (r: VrbQueueReview) => (
    <span className="flex flex-wrap items-center gap-1.5">
      <time dateTime={r.scheduledAt.toISOString()} className="tabular-nums">
        {formatDateTime(r.scheduledAt, locale)}
      </time>
      {isOverdue(r, now) ? <Badge tone="danger">{t('overdue')}</Badge> : null}
    </span>
  );
  const oppCell = (r: VrbQueueReview, href: string) => (
    <>
      <Link href={href} className="font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
        {r.opportunityName}
      </Link>
      <p className="text-xs text-slate-500">{r.accountName}</p>
    </>
  );
  const stageCell = (r: VrbQueueReview) => (
    <>
      <span className="text-xs text-slate-500">{t('stageOrder', { order: r.stageOrder })}</span>
      <p className="text-slate-800">{stageName(r)}</p>
    </>
  );

  const reviewTable = (rows: VrbQueueReview[], which: 'upcoming' | 'missing') => (
    <table className="w-full text-sm">
      <caption className="sr-only">{t(`tabs.${which}`)}</caption>
      <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500">
        <tr>
          <th scope="col" className="px-4 py-2">
            {t('col.scheduledAt')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.stage')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.opportunity')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.owner')}
          </th>
          <th scope="col" className="px-4 py-2 text-right">
            {t('col.margin')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.opinions')}
          </th>
          <th scope="col" className="px-4 py-2 text-right">
            {t('col.findings')}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className="align-top hover:bg-slate-50" data-testid="vrb-queue-row">
            <td className="px-4 py-2.5 whitespace-nowrap">{when(r)}</td>
            <td className="px-4 py-2.5">{stageCell(r)}</td>
            <td className="px-4 py-2.5">{oppCell(r, `/vrb/reviews/${r.id}`)}</td>
            <td className="px-4 py-2.5 text-slate-700">{r.ownerName}</td>
            <td className="px-4 py-2.5 text-right">
              <MarginCell economics={r.economics} floorPct={floorPct} locale={locale} />
            </td>
            <td className="px-4 py-2.5">
              {r.missingDomains.length === 0 ? (
                <Badge tone="success">{t('opinionsComplete')}</Badge>
              ) : (
                <span title={domains(r.missingDomains)} className="flex flex-wrap gap-1">
                  <Badge tone="warning">{t('missingCount', { count: r.missingDomains.length })}</Badge>
                  {r.missingDomains.map((d) => (
                    <Badge key={d} tone="neutral">
                      {t(`domain.${d}`)}
                    </Badge>
                  ))}
                </span>
              )}
            </td>
            <td className="px-4 py-2.5 text-right tabular-nums">
              {r.openFindings > 0 ? (
                <Badge tone="warning">{t('openFindingsCount', { count: r.openFindings })}</Badge>
              ) : (
                <span className="text-slate-400">0</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const findingsTable = (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('tabs.findings')}</caption>
      <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500">
        <tr>
          <th scope="col" className="px-4 py-2">
            {t('col.severity')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.issue')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.status')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.opportunity')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.stage')}
          </th>
          <th scope="col" className="px-4 py-2">
            {t('col.scheduledAt')}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {queue.openFindings.map((f) => (
          <tr key={f.id} className="align-top hover:bg-slate-50" data-testid="vrb-finding-row">
            <td className="px-4 py-2.5">
              <Badge tone={SEVERITY_TONE[f.severity]}>{t(`severity.${f.severity}`)}</Badge>
            </td>
            <td className="max-w-md px-4 py-2.5">
              <p className="text-slate-900">{f.issue}</p>
              <p className="text-xs text-slate-500">{t(`domain.${f.domain}`)}</p>
            </td>
            <td className="px-4 py-2.5">
              <Badge tone={f.status === 'OPEN' ? 'warning' : 'info'}>{t(`findingStatus.${f.status}`)}</Badge>
            </td>
            <td className="px-4 py-2.5">{oppCell(f.review, `/vrb/reviews/${f.review.id}#finding-${f.id}`)}</td>
            <td className="px-4 py-2.5">{stageCell(f.review)}</td>
            <td className="px-4 py-2.5 whitespace-nowrap">{when(f.review)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const rows = tab === 'upcoming' ? queue.upcoming.length : tab === 'missing' ? queue.missingOpinions.length : queue.openFindings.length;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('tabsLabel')} className="grid gap-3 sm:grid-cols-3">
        {TABS.map((k) => {
          const Icon = icons[k];
          const active = k === tab;
          return (
            <Link
              key={k}
              href={k === 'upcoming' ? '/vrb' : `/vrb?tab=${k}`}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-3 rounded-lg border bg-white px-4 py-3 shadow-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
                active ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-slate-200 hover:border-slate-300 hover:bg-slate-50',
              )}
            >
              <Icon aria-hidden className={cn('size-5', active ? 'text-indigo-600' : 'text-slate-400')} />
              <span className="flex-1 text-sm font-medium text-slate-700">{t(`tabs.${k}`)}</span>
              <span
                className={cn('text-2xl font-semibold tabular-nums', active ? 'text-indigo-700' : 'text-slate-900')}
                data-testid={`vrb-count-${k}`}
              >
                {formatNumber(counts[k])}
              </span>
            </Link>
          );
        })}
      </nav>
      {rows === 0 ? (
        <EmptyState title={t(`empty.${tab}.title`)} description={t(`empty.${tab}.description`)} />
      ) : (
        <Card className="overflow-x-auto">
          {tab === 'findings' ? findingsTable : reviewTable(tab === 'upcoming' ? queue.upcoming : queue.missingOpinions, tab)}
          {counts[tab] > rows ? (
            <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">{t('truncated', { count: rows })}</p>
          ) : null}
        </Card>
      )}
    </div>
  );
}
