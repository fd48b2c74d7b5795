'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import { importHistoryColumns, type ImportHistoryRow } from './columns';

export function ImportHistoryTable({ rows }: { rows: ImportHistoryRow[] }) {
  const t = useTranslations('leads');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => importHistoryColumns(t as never, locale), [t, locale]);
  return (
    <DataTable
      caption={t('import.historyTitle')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      testId="import-history"
      maxHeight="none"
      hideColumnMenu
      dense
      empty={{ title: t('import.historyEmpty') }}
    />
  );
}
