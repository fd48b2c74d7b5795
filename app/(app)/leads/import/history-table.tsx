'use client';
import { columnsTable } from '@/components/data-table';
import { importHistoryColumns } from './columns';

export const ImportHistoryTable = columnsTable('leads', importHistoryColumns, {
  caption: 'import.historyTitle',
  testId: 'import-history',
  compact: true,
  empty: 'import.historyEmpty',
});
