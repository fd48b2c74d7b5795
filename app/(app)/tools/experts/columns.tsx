import { defineColumns, type Translate } from '@/components/data-table/columns';
import { EMPTY, formatDate, formatKrw, formatNumber, formatPhone, formatRatio } from '@/lib/domain/format';
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
    {
      id: 'updatedAt',
      header: t('fields.updatedAt'),
      value: (r) => new Date(r.updatedAt),
      cell: (r) => formatDate(r.updatedAt, locale),
      sortable: true,
      nowrap: true,
    },
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
    {
      id: 'amount',
      header: t('deals.amount'),
      value: (r) => (r.amount === null ? null : Number(r.amount)),
      cell: (r) => formatKrw(r.amount, locale),
      align: 'right',
      sortable: true,
    },
    {
      id: 'closedAt',
      header: t('deals.closedAt'),
      value: (r) => (r.closedAt ? new Date(r.closedAt) : null),
      cell: (r) => (r.closedAt ? formatDate(r.closedAt, locale) : EMPTY),
      sortable: true,
      nowrap: true,
    },
  ]);
}
