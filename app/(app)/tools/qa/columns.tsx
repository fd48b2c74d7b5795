import { defineColumns, type Translate } from '@/components/data-table/columns';
import { dateColumn } from '@/components/data-table/column-kinds';
import { EMPTY } from '@/lib/domain/format';
import type { QaEntryDto } from '@/lib/server/commands/tools';

// The Q&A table (/tools/qa) and its export (GET /api/v1/qa-entries/export): one set of columns.
export function qaColumns(t: Translate, locale: 'ko' | 'en') {
  const clip = (s: string | null) => (s ? (s.length > 80 ? `${s.slice(0, 80)}…` : s) : EMPTY);
  return defineColumns<QaEntryDto>([
    { id: 'needType', header: t('qa.fields.needType'), value: (r) => r.needType, sortable: true, hideable: false, nowrap: true },
    { id: 'industry', header: t('qa.fields.industry'), value: (r) => r.industry, cell: (r) => r.industry ?? EMPTY, sortable: true },
    { id: 'stage', header: t('qa.fields.stage'), value: (r) => r.stage, cell: (r) => r.stage ?? EMPTY, sortable: true },
    { id: 'question', header: t('qa.fields.question'), value: (r) => r.question, className: 'font-medium', hideable: false },
    { id: 'answer', header: t('qa.fields.answer'), value: (r) => r.answer, cell: (r) => clip(r.answer) },
    { id: 'avoidAnswer', header: t('qa.fields.avoidAnswer'), value: (r) => r.avoidAnswer, cell: (r) => clip(r.avoidAnswer) },
    { id: 'source', header: t('qa.fields.source'), value: (r) => r.source, exportOnly: true },
    dateColumn({ id: 'updatedAt', header: t('qa.fields.updatedAt'), date: (r) => r.updatedAt, locale }),
  ]);
}
