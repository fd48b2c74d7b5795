'use client';
import { columnsTable } from '@/components/data-table';
import { accountListColumns } from './columns';

export const AccountsTable = columnsTable('accounts', accountListColumns, {
  caption: 'title',
  rowHref: (r) => `/accounts/${r.id}`,
  testId: 'accounts-table',
});
