'use client';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import type { AuditItem } from '@/lib/server/commands/audit';
import { auditColumns } from './columns';

export function AuditTable({ items, nextCursor }: { items: AuditItem[]; nextCursor: string | null }) {
  const t = useTranslations('audit');
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const columns = useMemo(() => auditColumns(t, locale), [t, locale]);
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      data={items}
      getRowId={(r) => r.id}
      server={{ nextCursor }}
      rowHref={(r) => r.href}
      exportHref="/settings/audit/export"
      rowTestId="audit-row"
      empty={{ title: t('empty') }}
    />
  );
}
