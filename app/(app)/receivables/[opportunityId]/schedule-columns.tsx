import type { ReactNode } from 'react';
import { defineColumns, type Column, type Translate } from '@/components/data-table/columns';
import { Badge } from '@/components/ui/badge';
import { EMPTY, formatDate, formatKrwIn, formatPercent, krwColumnUnit } from '@/lib/domain/format';
import type { MilestoneView } from '@/lib/validation/receivables';
import { STATUS_TONE } from '../labels';

// One deal's payment schedule (착수금/중도금/잔금) as DataTable columns: amount, due date, invoiced,
// collected, status and — for those who may change it — the row's buttons. One unit per money column.

export const milestoneLabel = (t: Translate, m: Pick<MilestoneView, 'kind' | 'sequence'>) =>
  `${t(`kind.${m.kind}`)}${m.sequence > 1 ? ` ${m.sequence}` : ''}`;

/** A milestone's state as a badge ("12일 연체" when overdue); the file gets the state's name. */
export function statusColumn<Row extends Pick<MilestoneView, 'status' | 'daysOverdue'>>(t: Translate, header: string): Column<Row> {
  return {
    id: 'status',
    header,
    value: (m) => t(`status.${m.status}`),
    cell: (m) => (
      <Badge tone={STATUS_TONE[m.status]}>
        {m.status === 'OVERDUE' ? t('overdueDays', { days: m.daysOverdue }) : t(`status.${m.status}`)}
      </Badge>
    ),
    nowrap: true,
  };
}

export function scheduleColumns(
  t: Translate,
  locale: 'ko' | 'en',
  rows: readonly MilestoneView[],
  actions?: (m: MilestoneView) => ReactNode,
) {
  const unit = krwColumnUnit(
    rows.map((r) => r.amount),
    locale,
  );
  const money = (v: string | null | undefined) => (v ? formatKrwIn(v, unit, locale) : EMPTY);
  return defineColumns<MilestoneView>([
    { id: 'kind', header: t('schedule.kind'), value: (m) => milestoneLabel(t, m), hideable: false },
    { id: 'amount', header: t('schedule.amount'), value: (m) => Number(m.amount), cell: (m) => money(m.amount), align: 'right' },
    { id: 'dueDate', header: t('schedule.dueDate'), value: (m) => formatDate(m.dueDate, locale), nowrap: true },
    {
      id: 'invoiced',
      header: t('schedule.invoiced'),
      value: (m) => (m.invoicedAmount ? Number(m.invoicedAmount) : null),
      cell: (m) => (
        <>
          {money(m.invoicedAmount)}
          {m.invoicedAt ? <span className="block text-xs text-slate-500">{formatDate(m.invoicedAt, locale)}</span> : null}
        </>
      ),
      align: 'right',
    },
    {
      id: 'collected',
      header: t('schedule.collected'),
      value: (m) => (m.collectedAmount ? Number(m.collectedAmount) : null),
      cell: (m) => (
        <>
          {money(m.collectedAmount)}
          {m.collectedAt ? <span className="block text-xs text-slate-500">{formatDate(new Date(m.collectedAt), locale)}</span> : null}
        </>
      ),
      align: 'right',
    },
    statusColumn(t, t('schedule.status')),
    ...(actions ? [{ id: 'actions', header: t('schedule.actions'), cell: actions, exportable: false, hideable: false }] : []),
  ]);
}

export type ProposedRow = { kind: MilestoneView['kind']; sequence: number; percent: number; amount: string; dueDate: string };

/** The schedule proposed from the last passed VRB review's snapshot (percent × contract amount). */
export function proposalColumns(t: Translate, locale: 'ko' | 'en', rows: readonly ProposedRow[]) {
  const unit = krwColumnUnit(
    rows.map((r) => r.amount),
    locale,
  );
  return defineColumns<ProposedRow>([
    { id: 'kind', header: t('schedule.kind'), value: (m) => milestoneLabel(t, m), hideable: false },
    { id: 'percent', header: t('proposal.percent'), value: (m) => formatPercent(m.percent), align: 'right' },
    {
      id: 'amount',
      header: t('schedule.amount'),
      value: (m) => Number(m.amount),
      cell: (m) => formatKrwIn(m.amount, unit, locale),
      align: 'right',
    },
    { id: 'dueDate', header: t('schedule.dueDate'), value: (m) => formatDate(m.dueDate, locale), nowrap: true },
  ]);
}
