'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import { expertDealColumns, type ExpertDealRow } from '../columns';

export function ExpertDeals({ rows }: { rows: ExpertDealRow[] }) {
  const t = useTranslations('experts');
  const tt = useTranslations('tiers');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => expertDealColumns(t as never, (o) => tt(`outcome.${o}` as never), locale), [t, tt, locale]);
  return (
    <DataTable
      caption={t('deals.caption')}
      columns={columns}
      data={rows}
      rowHref={(r) => `/opportunities/${r.id}`}
      testId="expert-deals"
      empty={{ title: t('deals.empty') }}
      compact
    />
  );
}
