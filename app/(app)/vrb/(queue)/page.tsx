import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '@/lib/domain/format';
import { CalendarClock, ClipboardList, Gavel, MessageSquareWarning } from 'lucide-react';
import { db } from '@/lib/db/client';
import { requirePermission } from '@/lib/auth/session';
import { getVrbQueue, listRecentDecisions } from '@/lib/db/queries/vrb';
import { getSettings } from '@/lib/server/settings';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/lib/cn';
import { RecentDecisionTable, VrbFindingTable, VrbReviewTable } from './queue-tables';

const TABS = ['upcoming', 'missing', 'findings', 'recent'] as const;
type Tab = (typeof TABS)[number];
const LIMIT = 100;

export default async function VrbQueuePage({ searchParams }: { searchParams: Promise<{ tab?: string | string[] }> }) {
  await requirePermission('vrb:read');
  const sp = await searchParams;
  const tab: Tab = (TABS as readonly string[]).includes(String(sp.tab)) ? (sp.tab as Tab) : 'upcoming';
  const t = await getTranslations('vrb');
  const locale = (await getLocale()) === 'en' ? 'en' : 'ko';
  const [queue, settings, recent] = await Promise.all([getVrbQueue(db, { limit: LIMIT }), getSettings(db), listRecentDecisions(db, 20)]);
  const floorPct = settings.marginFloorPct;
  const now = new Date();
  const counts = {
    upcoming: queue.counts.upcoming,
    missing: queue.counts.missingOpinions,
    findings: queue.counts.openFindings,
    recent: recent.length,
  };
  const icons = { upcoming: CalendarClock, missing: ClipboardList, findings: MessageSquareWarning, recent: Gavel };

  const ctx = { locale, floorPct, now: now.toISOString(), weights: settings.assessmentWeights } as const;

  const rows = {
    upcoming: queue.upcoming.length,
    missing: queue.missingOpinions.length,
    findings: queue.openFindings.length,
    recent: recent.length,
  }[tab];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('tabsLabel')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
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
              <Icon aria-hidden className={cn('size-5', active ? 'text-indigo-600' : 'text-slate-500')} />
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
        <>
          {tab === 'recent' ? (
            <RecentDecisionTable rows={recent} locale={locale} />
          ) : tab === 'findings' ? (
            <VrbFindingTable rows={queue.openFindings} ctx={ctx} />
          ) : (
            <VrbReviewTable rows={tab === 'upcoming' ? queue.upcoming : queue.missingOpinions} which={tab} ctx={ctx} />
          )}
          {counts[tab] > rows ? <p className="px-1 text-xs text-slate-500">{t('truncated', { count: rows })}</p> : null}
        </>
      )}
    </div>
  );
}
