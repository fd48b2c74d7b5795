import { defineColumns, type Translate } from '@/components/data-table/columns';
import { EMPTY, formatDate } from '@/lib/domain/format';
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
    {
      id: 'updatedAt',
      header: t('competitors.fields.updatedAt'),
      value: (r) => new Date(r.updatedAt),
      cell: (r) => formatDate(r.updatedAt, locale),
      sortable: true,
      nowrap: true,
    },
  ]);
}
