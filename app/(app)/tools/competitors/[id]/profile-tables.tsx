'use client';
import { columnsTable } from '@/components/data-table';
import { competitorDealColumns, recordColumns } from '../columns';

export const RecordTable = columnsTable('tools', recordColumns, {
  caption: 'competitors.record.caption',
  getRowId: (r) => r.key,
  testId: 'competitor-record',
  empty: 'competitors.record.empty',
  compact: true,
});

export const CompetitorDeals = columnsTable('tools', competitorDealColumns, {
  caption: 'competitors.deals.caption',
  rowHref: (r) => `/opportunities/${r.id}`,
  empty: 'competitors.deals.empty',
  compact: true,
});
