'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import type { AccountListRow } from '@/lib/db/queries/accounts';
import { accountListColumns } from './columns';

export function AccountsTable({ rows, filtered }: { rows: AccountListRow[]; filtered: boolean }) {
  const t = useTranslations('accounts');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => accountListColumns(t as never, locale), [t, locale]);
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      rowHref={(r) => `/accounts/${r.id}`}
      testId="accounts-table"
      empty={{ title: filtered ? t('empty') : t('emptyAll') }}
    />
  );
}
