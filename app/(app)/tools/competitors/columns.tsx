import { defineColumns, type Translate } from '@/components/data-table/columns';
import { amountColumn, dateColumn } from '@/components/data-table/column-kinds';
import { EMPTY, formatKrw, formatPercent } from '@/lib/domain/format';
import type { CompetitorDto } from '@/lib/server/commands/tools';

// The competitors table (/tools/competitors) and its export (GET /api/v1/competitors/export): one set of columns.
export function competitorColumns(t: Translate, locale: 'ko' | 'en') {
  const clip = (s: string | null) => (s ? (s.length > 80 ? `${s.slice(0, 80)}…` : s) : EMPTY);
  return defineColumns<CompetitorDto>([
    { id: 'name', header: t('competitors.fields.name'), value: (r) => r.name, sortable: true, hideable: false, className: 'font-medium' },
    { id: 'strengths', header: t('competitors.fields.strengths'), value: (r) => r.strengths, cell: (r) => clip(r.strengths) },
    { id: 'weaknesses', header: t('competitors.fields.weaknesses'), value: (r) => r.weaknesses, cell: (r) => clip(r.weaknesses) },
    {
      id: 'pricingHabits',
      header: t('competitors.fields.pricingHabits'),
      value: (r) => r.pricingHabits,
      cell: (r) => clip(r.pricingHabits),
    },
    {
      id: 'typicalPartners',
      header: t('competitors.fields.typicalPartners'),
      value: (r) => r.typicalPartners,
      cell: (r) => clip(r.typicalPartners),
    },
    { id: 'notes', header: t('competitors.fields.notes'), value: (r) => r.notes, exportOnly: true },
    dateColumn({ id: 'updatedAt', header: t('competitors.fields.updatedAt'), date: (r) => r.updatedAt, locale }),
  ]);
}

export type RecordTableRow = {
  key: string;
  category: string;
  WON_AGAINST: { deals: number; amount: string };
  LOST_TO: { deals: number; amount: string };
  NO_DECISION: { deals: number; amount: string };
  LOST_OTHER: { deals: number; amount: string };
  deals: number;
  winRatePct: number | null;
};

/** The record against us by business category (the profile page). */
export function recordColumns(t: Translate, locale: 'ko' | 'en') {
  const cellOf = (c: { deals: number; amount: string }) =>
    `${t('competitors.record.count', { count: c.deals })} · ${formatKrw(c.amount, locale)}`;
  const result = (id: 'WON_AGAINST' | 'LOST_TO' | 'NO_DECISION' | 'LOST_OTHER') => ({
    id,
    header: t(`competitors.record.${id}`),
    value: (r: RecordTableRow) => r[id].deals,
    cell: (r: RecordTableRow) => cellOf(r[id]),
    align: 'right' as const,
    sortable: true,
    nowrap: true,
  });
  return defineColumns<RecordTableRow>([
    { id: 'category', header: t('competitors.record.category'), value: (r) => r.category, hideable: false, className: 'font-medium' },
    result('WON_AGAINST'),
    result('LOST_TO'),
    result('NO_DECISION'),
    result('LOST_OTHER'),
    { id: 'deals', header: t('competitors.record.deals'), value: (r) => r.deals, align: 'right', sortable: true },
    {
      id: 'winRate',
      header: t('competitors.record.winRate'),
      value: (r) => r.winRatePct,
      cell: (r) => (r.winRatePct === null ? EMPTY : formatPercent(r.winRatePct)),
      align: 'right',
      sortable: true,
    },
  ]);
}

export type CompetitorDealRow = {
  id: string;
  name: string;
  accountName: string;
  /** the outcome's label (the page translates it: `tiers.outcome.*`) */
  outcome: string;
  amount: string | null;
  position: string | null;
};

export function competitorDealColumns(t: Translate, locale: 'ko' | 'en') {
  return defineColumns<CompetitorDealRow>([
    { id: 'name', header: t('competitors.deals.name'), value: (r) => r.name, hideable: false, className: 'font-medium' },
    { id: 'account', header: t('competitors.deals.account'), value: (r) => r.accountName },
    { id: 'outcome', header: t('competitors.deals.outcome'), value: (r) => r.outcome, nowrap: true },
    {
      id: 'position',
      header: t('competitors.deals.position'),
      value: (r) => (r.position ? t(`position.${r.position}`) : EMPTY),
      nowrap: true,
    },
    amountColumn({ id: 'amount', header: t('competitors.deals.amount'), amount: (r) => r.amount, locale }),
  ]);
}
