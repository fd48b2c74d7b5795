'use client';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import { importHistoryColumns, type ImportHistoryRow } from './columns';

export function ImportHistoryTable({ rows }: { rows: ImportHistoryRow[] }) {
  const t = useTranslations('leads');
  const columns = useColumns(t, importHistoryColumns);
  return (
    <DataTable
      caption={t('import.historyTitle')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      testId="import-history"
      compact
      empty={{ title: t('import.historyEmpty') }}
    />
  );
}
