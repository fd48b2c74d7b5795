'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { competitorDealColumns, recordColumns, type CompetitorDealRow, type RecordTableRow } from '../columns';

export function RecordTable({ rows }: { rows: RecordTableRow[] }) {
  const t = useTranslations('tools');
  const columns = useColumns(t, recordColumns);
  return (
    <DataTable
      caption={t('competitors.record.caption')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.key}
      testId="competitor-record"
      empty={{ title: t('competitors.record.empty') }}
      compact
    />
  );
}

export function CompetitorDeals({ rows }: { rows: CompetitorDealRow[] }) {
  const t = useTranslations('tools');
  const tt = useTranslations('tiers');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => competitorDealColumns(t as never, (o) => tt(`outcome.${o}` as never), locale), [t, tt, locale]);
  return (
    <DataTable
      caption={t('competitors.deals.caption')}
      columns={columns}
      data={rows}
      rowHref={(r) => `/opportunities/${r.id}`}
      empty={{ title: t('competitors.deals.empty') }}
      compact
    />
  );
}
