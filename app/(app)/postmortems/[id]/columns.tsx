import type { ReactNode } from 'react';
import { CheckCircle2, Circle } from 'lucide-react';
import { defineColumns, type Translate } from '@/components/data-table/columns';
import { EMPTY, formatDate, formatDateTime } from '@/lib/domain/format';

// A postmortem's action items, defined once: the record page renders them (action-items-table.tsx)
// and GET /api/v1/postmortems/{id}/export writes them. `t` is the 'postmortems' namespace.

export type ActionItemRow = {
  id: string;
  title: string;
  ownerName: string | null;
  dueDate: Date | null;
  doneAt: Date | null;
  doneNote: string | null;
  overdue: boolean;
};

export function actionItemColumns(t: Translate, locale: 'ko' | 'en', stateCell?: (r: ActionItemRow) => ReactNode) {
  const state = (r: ActionItemRow) => (r.doneAt ? t('record.done') : r.overdue ? t('action.overdue') : t('record.open'));
  return defineColumns<ActionItemRow>([
    { id: 'title', header: t('record.actionTitle'), value: (r) => r.title, hideable: false },
    { id: 'owner', header: t('record.actionOwner'), value: (r) => r.ownerName ?? t('record.unassigned'), nowrap: true },
    { id: 'dueDate', header: t('record.actionDue'), value: (r) => (r.dueDate ? formatDate(r.dueDate, locale) : EMPTY), nowrap: true },
    {
      id: 'state',
      header: t('record.actionState'),
      value: state,
      cell: (r) =>
        r.doneAt ? (
          <span className="inline-flex flex-col text-emerald-700">
            <span className="inline-flex items-center gap-1">
              <CheckCircle2 aria-hidden className="size-4" />
              {t('record.done')}
            </span>
            {r.doneNote ? <span className="text-xs text-slate-600">{t('action.doneBy', { note: r.doneNote })}</span> : null}
          </span>
        ) : stateCell && stateCell(r) != null ? (
          stateCell(r)
        ) : (
          <span className="inline-flex items-center gap-1 text-slate-600">
            <Circle aria-hidden className="size-4" />
            {state(r)}
          </span>
        ),
      hideable: false,
    },
    { id: 'doneAt', header: t('record.doneAt'), value: (r) => (r.doneAt ? formatDateTime(r.doneAt, locale) : null), exportOnly: true },
    { id: 'doneNote', header: t('record.doneNote'), value: (r) => r.doneNote, exportOnly: true },
  ]);
}
