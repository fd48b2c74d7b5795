'use client';
import { useTranslations } from 'next-intl';
import { columnsTable } from '@/components/data-table';
import { formatKrwIn, krwColumnUnit } from '@/lib/domain/format';
import { paymentColumns, snapshotColumns, type PaymentRow, type SnapshotRow } from './snapshot-columns';

// Client DataTables of the review record (small, client-side: every row passed in, no paging). Both
// column builders take the rows: one money unit per column, chosen from every row.

const Snapshot = columnsTable('vrb', snapshotColumns, {
  caption: 'record.financial.title',
  getRowId: (r) => r.key,
  testId: 'financial-snapshot',
  compact: true,
});

export function SnapshotTable({ rows }: { rows: SnapshotRow[] }) {
  return <Snapshot rows={rows} args={[rows]} />;
}

const Payments = columnsTable('vrb', paymentColumns, {
  caption: 'record.payments.title',
  testId: 'payment-schedule',
  compact: true,
  empty: 'record.payments.empty',
});

export function PaymentTable({ rows, total, locale }: { rows: PaymentRow[]; total: string; locale: 'ko' | 'en' }) {
  const t = useTranslations('vrb');
  const unit = krwColumnUnit([...rows.map((r) => r.amount), total], locale);
  return (
    <Payments
      rows={rows}
      args={[rows, total]}
      footer={
        <tr>
          <th scope="row" colSpan={2} className="px-3 py-1.5 text-left font-semibold text-slate-900">
            {t('record.payments.total')}
          </th>
          <td className="px-3 py-1.5 text-right font-semibold tabular-nums">{formatKrwIn(total, unit, locale)}</td>
          <td colSpan={2} />
        </tr>
      }
    />
  );
}
