'use client';
import { columnsTable } from '@/components/data-table';
import { expertDealColumns } from '../columns';

export const ExpertDeals = columnsTable('experts', expertDealColumns, {
  caption: 'deals.caption',
  rowHref: (r) => `/opportunities/${r.id}`,
  testId: 'expert-deals',
  empty: 'deals.empty',
  compact: true,
});
