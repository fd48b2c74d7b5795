'use client';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import type { AccountListRow } from '@/lib/db/queries/accounts';
import { accountListColumns } from './columns';

export function AccountsTable({ rows, filtered }: { rows: AccountListRow[]; filtered: boolean }) {
  const t = useTranslations('accounts');
  const columns = useColumns(t, accountListColumns);
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      data={rows}
      rowHref={(r) => `/accounts/${r.id}`}
      testId="accounts-table"
      empty={{ title: filtered ? t('empty') : t('emptyAll') }}
    />
  );
}
