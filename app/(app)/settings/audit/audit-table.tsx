'use client';
import { columnsTable } from '@/components/data-table';
import { auditColumns } from './columns';

export const AuditTable = columnsTable('audit', auditColumns, {
  caption: 'title',
  rowHref: (r) => r.href,
  exportHref: '/settings/audit/export',
  rowTestId: 'audit-row',
  empty: 'empty',
});
