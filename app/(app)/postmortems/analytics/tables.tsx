'use client';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import type { WinRateRow } from '@/lib/domain/postmortems';
import { rateColumns, reasonColumns, type RateTable, type ReasonRow } from './columns';

export function RateDataTable({ table, rows, caption, months }: { table: RateTable; rows: WinRateRow[]; caption: string; months: string }) {
  const t = useTranslations('postmortems');
  const columns = useColumns(t, rateColumns);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      data={rows}
      getRowId={(r) => r.key}
      exportHref={`/postmortems/analytics/export?table=${table}&months=${months}`}
      testId={`wl-${table}`}
      empty={{ title: t('analytics.empty') }}
      maxHeight="none"
      hideColumnMenu
    />
  );
}

export function ReasonsDataTable(props: { rows: ReasonRow[]; months: string[]; period: string; caption: string; footer: ReactNode }) {
  const t = useTranslations('postmortems');
  const columns = useMemo(() => reasonColumns(t, props.months), [t, props.months]);
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      data={props.rows}
      getRowId={(r) => r.id}
      exportHref={`/postmortems/analytics/export?table=reasons&months=${props.period}`}
      testId="wl-reasons-table"
      empty={{ title: t('analytics.emptyReasons') }}
      footer={props.footer}
      maxHeight="none"
      dense
    />
  );
}
