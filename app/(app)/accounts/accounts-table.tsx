'use client';
import { columnsTable } from '@/components/data-table';
import { accountListColumns, accountOpportunityColumns } from './columns';

export const AccountsTable = columnsTable('accounts', accountListColumns, {
  caption: 'title',
  rowHref: (r) => `/accounts/${r.id}`,
  testId: 'accounts-table',
});

/** An account's deals (the account page). */
export const AccountOpportunitiesTable = columnsTable('accounts', accountOpportunityColumns, {
  caption: 'opportunities',
  rowHref: (r) => `/opportunities/${r.id}`,
  compact: true,
  empty: 'opportunitiesEmpty',
});
