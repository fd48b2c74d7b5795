import { defineColumns, type Translate } from '@/components/data-table/columns';
import { amountColumn, dateColumn } from '@/components/data-table/column-kinds';
import { EMPTY, formatNumber, formatPhone, formatRatio } from '@/lib/domain/format';
import type { ExpertListItemDto } from '@/lib/server/commands/tools';

// The experts table (/tools/experts) and its export (GET /api/v1/experts/export): one set of columns.
export function expertColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<ExpertListItemDto>([
    { id: 'name', header: t('fields.name'), value: (r) => r.name, sortable: true, hideable: false, className: 'font-medium' },
    { id: 'kind', header: t('fields.kind'), value: (r) => t(`kind.${r.kind}`), sortable: true, nowrap: true },
    { id: 'field', header: t('fields.field'), value: (r) => r.field, sortable: true },
    {
      id: 'organization',
      header: t('fields.organization'),
      value: (r) => r.organization ?? (r.internal ? r.userName : null),
      cell: (r) => r.organization ?? r.userName ?? EMPTY,
      sortable: true,
    },
    { id: 'email', header: t('fields.email'), value: (r) => r.email, cell: (r) => r.email ?? EMPTY },
    { id: 'phone', header: t('fields.phone'), value: (r) => formatPhone(r.phone), nowrap: true },
    {
      id: 'deals',
      header: t('fields.deals'),
      value: (r) => r.record.deals,
      cell: (r) => formatNumber(r.record.deals),
      align: 'right',
      sortable: true,
    },
    {
      id: 'winRate',
      header: t('fields.winRate'),
      value: (r) => r.record.winRate,
      cell: (r) => formatRatio(r.record.winRate),
      align: 'right',
      sortable: true,
      nowrap: true,
    },
    { id: 'notes', header: t('fields.notes'), value: (r) => r.notes, exportOnly: true },
    dateColumn({ id: 'updatedAt', header: t('fields.updatedAt'), date: (r) => r.updatedAt, locale }),
  ]);
}

export type ExpertDealRow = {
  id: string;
  name: string;
  accountName: string;
  /** the outcome's label (the page translates it: `tiers.outcome.*`) */
  outcome: string;
  amount: string | null;
  closedAt: string | null;
  role: string | null;
  note: string | null;
};

/** The expert's deal history (the profile page). */
export function expertDealColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<ExpertDealRow>([
    { id: 'name', header: t('deals.name'), value: (r) => r.name, hideable: false, className: 'font-medium', sortable: true },
    { id: 'account', header: t('deals.account'), value: (r) => r.accountName, sortable: true },
    { id: 'outcome', header: t('deals.outcome'), value: (r) => r.outcome, nowrap: true, sortable: true },
    { id: 'role', header: t('deals.role'), value: (r) => r.role, cell: (r) => r.role ?? EMPTY },
    { id: 'note', header: t('deals.note'), value: (r) => r.note, cell: (r) => r.note ?? EMPTY },
    amountColumn({ id: 'amount', header: t('deals.amount'), amount: (r) => r.amount, locale, sortable: true }),
    dateColumn({ id: 'closedAt', header: t('deals.closedAt'), date: (r) => r.closedAt, locale }),
  ]);
}
