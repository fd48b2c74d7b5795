import Link from 'next/link';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { Badge } from '@/components/ui/badge';
import { formatKrw } from '@/lib/domain/format/money';
import type { ReceivableItem } from '@/lib/validation/receivables';
import { STATUS_TONE } from './labels';

// The receivables list's columns: the list (receivables-list.tsx) and its export
// (app/api/v1/receivables/export/route.ts).
export function receivableColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<ReceivableItem>([
    {
      id: 'opportunity',
      header: t('table.opportunity'),
      value: (r) => r.opportunityName,
      hideable: false,
      cell: (r) => (
        <Link href={`/opportunities/${r.opportunityId}`} className="font-medium text-indigo-700 hover:underline">
          {r.opportunityName}
        </Link>
      ),
    },
    { id: 'account', header: t('table.account'), value: (r) => r.accountName },
    { id: 'owner', header: t('table.owner'), value: (r) => r.ownerName },
    {
      id: 'kind',
      header: t('table.kind'),
      value: (r) => t(`kind.${r.kind}`),
      cell: (r) => `${t(`kind.${r.kind}`)}${r.sequence > 1 ? ` ${r.sequence}` : ''}`,
    },
    { id: 'sequence', header: 'sequence', value: (r) => r.sequence, exportOnly: true },
    {
      id: 'amount',
      header: t('table.amount'),
      value: (r) => Number(r.amount),
      cell: (r) => formatKrw(r.amount, locale),
      align: 'right',
      nowrap: true,
    },
    {
      id: 'outstanding',
      header: t('table.outstanding'),
      value: (r) => Number(r.outstanding),
      cell: (r) => formatKrw(r.outstanding, locale),
      align: 'right',
      nowrap: true,
    },
    { id: 'dueDate', header: t('table.dueDate'), value: (r) => r.dueDate, nowrap: true },
    {
      id: 'status',
      header: t('table.status'),
      value: (r) => t(`status.${r.status}`),
      cell: (r) => (
        <Badge tone={STATUS_TONE[r.status]}>
          {r.status === 'OVERDUE' ? t('overdueDays', { days: r.daysOverdue }) : t(`status.${r.status}`)}
        </Badge>
      ),
      nowrap: true,
    },
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
