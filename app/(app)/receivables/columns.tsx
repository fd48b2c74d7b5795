import Link from 'next/link';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { amountColumn, linkColumn } from '@/components/data-table/column-kinds';
import type { ReceivableItem } from '@/lib/validation/receivables';
import { milestoneLabel, statusColumn } from './[opportunityId]/schedule-columns';

// The receivables list's columns: the list (receivables-list.tsx) and its export
// (app/api/v1/receivables/export/route.ts).
export function receivableColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<ReceivableItem>([
    linkColumn({
      id: 'opportunity',
      header: t('table.opportunity'),
      text: (r) => r.opportunityName,
      href: (r) => `/opportunities/${r.opportunityId}`,
      hideable: false,
    }),
    { id: 'account', header: t('table.account'), value: (r) => r.accountName },
    { id: 'owner', header: t('table.owner'), value: (r) => r.ownerName },
    { id: 'kind', header: t('table.kind'), value: (r) => t(`kind.${r.kind}`), cell: (r) => milestoneLabel(t, r) },
    { id: 'sequence', header: 'sequence', value: (r) => r.sequence, exportOnly: true },
    amountColumn({ id: 'amount', header: t('table.amount'), amount: (r) => r.amount, locale, nowrap: true }),
    amountColumn({ id: 'outstanding', header: t('table.outstanding'), amount: (r) => r.outstanding, locale, nowrap: true }),
    { id: 'dueDate', header: t('table.dueDate'), value: (r) => r.dueDate, nowrap: true },
    statusColumn(t, t('table.status')),
    { id: 'daysOverdue', header: 'daysOverdue', value: (r) => r.daysOverdue, exportOnly: true },
    {
      id: 'schedule',
      header: t('table.schedule'),
      exportable: false,
      cell: (r) => (
        <Link
          href={`/receivables/${r.opportunityId}`}
          className="text-indigo-700 underline"
          aria-label={t('table.openSchedule', { name: r.opportunityName })}
        >
          {t('table.schedule')}
        </Link>
      ),
    },
  ]);
}
