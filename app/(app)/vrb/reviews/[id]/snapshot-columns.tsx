import { defineColumns, type Translate } from '@/components/data-table/columns';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { formatDate, formatKrwIn, formatPercent, krwColumnUnit } from '@/lib/domain/format';

// The review record's two small tables (frozen ROI snapshot, the deal's payment schedule), defined
// once for the client DataTable. One money unit per column (ADR 012), chosen from every row.

export type SnapshotRow = { key: string; label: string; detail?: string; value: string; strong?: boolean; negative?: boolean };
export type PaymentRow = {
  id: string;
  kind: string;
  sequence: number;
  dueDate: string;
  amount: string;
  share: number | null;
  collectedAt: string | null;
};

export function snapshotColumns(t: Translate, locale: 'ko' | 'en', rows: readonly SnapshotRow[]) {
  const unit = krwColumnUnit(
    rows.map((r) => r.value),
    locale,
  );
  return defineColumns<SnapshotRow>([
    {
      id: 'item',
      header: t('record.financial.item'),
      value: (r) => r.label,
      cell: (r) => (
        <span className={r.strong ? 'font-semibold text-slate-900' : 'text-slate-800'}>
          {r.label}
          {r.detail ? <span className="block text-xs font-normal text-slate-500">{r.detail}</span> : null}
        </span>
      ),
      hideable: false,
    },
    {
      id: 'amount',
      header: t('record.financial.amount'),
      value: (r) => Number(r.value),
      cell: (r) => (
        <span title={r.value} className={cn('tabular-nums', r.strong && 'font-semibold', r.negative ? 'text-rose-700' : 'text-slate-900')}>
          {formatKrwIn(r.value, unit, locale)}
        </span>
      ),
      align: 'right',
      hideable: false,
    },
  ]);
}

export function paymentColumns(t: Translate, locale: 'ko' | 'en', rows: readonly PaymentRow[], total: string) {
  const unit = krwColumnUnit([...rows.map((r) => r.amount), total], locale);
  return defineColumns<PaymentRow>([
    {
      id: 'kind',
      header: t('record.payments.kind'),
      value: (r) => `${t(`milestone.${r.kind}`)}${r.sequence > 1 ? ` ${r.sequence}` : ''}`,
      hideable: false,
    },
    { id: 'dueDate', header: t('record.payments.dueDate'), value: (r) => formatDate(r.dueDate, locale), nowrap: true },
    {
      id: 'amount',
      header: t('record.payments.amount'),
      value: (r) => Number(r.amount),
      cell: (r) => (
        <span className="tabular-nums" title={r.amount}>
          {formatKrwIn(r.amount, unit, locale)}
        </span>
      ),
      align: 'right',
    },
    { id: 'share', header: t('record.payments.share'), value: (r) => formatPercent(r.share), align: 'right' },
    {
      id: 'collected',
      header: t('record.payments.collected'),
      value: (r) => (r.collectedAt ? formatDate(r.collectedAt, locale) : null),
      cell: (r) =>
        r.collectedAt ? (
          <Badge tone="success">{t('record.payments.collectedOn', { date: formatDate(r.collectedAt, locale) })}</Badge>
        ) : (
          <Badge tone="neutral">{t('record.payments.pending')}</Badge>
        ),
    },
  ]);
}
