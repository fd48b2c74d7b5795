'use client';
import { useTranslations } from 'next-intl';
import { DataTable, useColumns } from '@/components/data-table';
import type { AuditItem } from '@/lib/server/commands/audit';
import { auditColumns } from './columns';

export function AuditTable({ items, nextCursor }: { items: AuditItem[]; nextCursor: string | null }) {
  const t = useTranslations('audit');
  const columns = useColumns(t, auditColumns);
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      data={items}
      server={{ nextCursor }}
      rowHref={(r) => r.href}
      exportHref="/settings/audit/export"
      rowTestId="audit-row"
      empty={{ title: t('empty') }}
    />
  );
}
