'use client';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import type { RecentDecision, VrbQueueFinding, VrbQueueReview } from '@/lib/db/queries/vrb';
import type { AssessmentWeights } from '@/lib/domain/vrb';
import { recentDecisionColumns } from './recent-columns';
import { vrbFindingColumns, vrbReviewColumns } from './columns';

type Ctx = { locale: 'ko' | 'en'; floorPct: number; now: string; weights: AssessmentWeights };

export function VrbReviewTable({ rows, which, ctx }: { rows: VrbQueueReview[]; which: 'upcoming' | 'missing'; ctx: Ctx }) {
  const t = useTranslations('vrb');
  const columns = useMemo(() => vrbReviewColumns(t, { ...ctx, now: new Date(ctx.now) }), [t, ctx]);
  return (
    <DataTable
      caption={t(`tabs.${which}`)}
      columns={columns}
      data={rows}
      initialSort={{ id: 'scheduledAt', desc: false }}
      rowHref={(r) => `/vrb/reviews/${r.id}`}
      exportHref={`/vrb/export?tab=${which}`}
      rowTestId="vrb-queue-row"
      empty={{ title: t(`empty.${which}.title`), description: t(`empty.${which}.description`) }}
    />
  );
}

export function VrbFindingTable({ rows, ctx }: { rows: VrbQueueFinding[]; ctx: Ctx }) {
  const t = useTranslations('vrb');
  const columns = useMemo(() => vrbFindingColumns(t, { ...ctx, now: new Date(ctx.now) }), [t, ctx]);
  return (
    <DataTable
      caption={t('tabs.findings')}
      columns={columns}
      data={rows}
      rowHref={(f) => `/vrb/reviews/${f.review.id}#finding-${f.id}`}
      exportHref="/vrb/export?tab=findings"
      rowTestId="vrb-finding-row"
      empty={{ title: t('empty.findings.title'), description: t('empty.findings.description') }}
    />
  );
}

export function RecentDecisionTable({ rows, locale }: { rows: RecentDecision[]; locale: 'ko' | 'en' }) {
  const t = useTranslations('vrb');
  const columns = useMemo(() => recentDecisionColumns(t, { locale }), [t, locale]);
  return (
    <DataTable
      caption={t('tabs.recent')}
      columns={columns}
      data={rows}
      initialSort={{ id: 'decidedAt', desc: true }}
      rowHref={(d) => `/vrb/reviews/${d.reviewId}`}
      exportHref="/vrb/export?tab=recent"
      rowTestId="vrb-recent-row"
      empty={{ title: t('empty.recent.title'), description: t('empty.recent.description') }}
    />
  );
}
