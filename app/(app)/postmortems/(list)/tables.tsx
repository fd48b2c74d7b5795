'use client';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import type { PostmortemListRow } from '@/lib/db/queries/postmortems';
import { pendingColumns, postmortemColumns, type PendingItem } from './columns';

export function PendingTable({ rows }: { rows: PendingItem[] }) {
  const t = useTranslations('postmortems');
  const columns = useColumns(t, pendingColumns);
  return (
    <DataTable
      caption={t('list.pending')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.opportunityId}
      rowHref={(r) => (r.postmortemId ? `/postmortems/${r.postmortemId}` : `/opportunities/${r.opportunityId}`)}
      rowAttrs={(r) => ({ 'data-state': r.state })}
      rowClassName={(r) => (r.state === 'OVERDUE' ? 'bg-rose-50/60' : undefined)}
      exportHref="/postmortems/export?list=pending"
      testId="pending-table"
      maxHeight="none"
    />
  );
}

export function PostmortemTable({ rows, list }: { rows: PostmortemListRow[]; list: 'drafts' | 'published' }) {
  const t = useTranslations('postmortems');
  const columns = useColumns(t, postmortemColumns, list === 'published' ? 'heldAt' : 'updatedAt');
  return (
    <DataTable
      caption={list === 'published' ? t('list.published') : t('list.drafts')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      rowHref={(r) => `/postmortems/${r.id}`}
      exportHref={`/postmortems/export?list=${list}`}
      maxHeight="none"
    />
  );
}
