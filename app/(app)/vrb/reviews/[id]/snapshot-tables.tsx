'use client';
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/data-table';
import { formatKrwIn, krwColumnUnit } from '@/lib/domain/format';
import { paymentColumns, snapshotColumns, type PaymentRow, type SnapshotRow } from './snapshot-columns';

// Client DataTables of the review record (small, client-side: every row passed in, no paging).

export function SnapshotTable({ rows, locale }: { rows: SnapshotRow[]; locale: 'ko' | 'en' }) {
  const t = useTranslations('vrb');
  const columns = useMemo(() => snapshotColumns(t, locale, rows), [t, locale, rows]);
  return (
    <DataTable
      caption={t('record.financial.title')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.key}
      testId="financial-snapshot"
      compact
    />
  );
}

export function PaymentTable({ rows, total, locale }: { rows: PaymentRow[]; total: string; locale: 'ko' | 'en' }) {
  const t = useTranslations('vrb');
  const columns = useMemo(() => paymentColumns(t, locale, rows, total), [t, locale, rows, total]);
  const unit = krwColumnUnit([...rows.map((r) => r.amount), total], locale);
  return (
    <DataTable
      caption={t('record.payments.title')}
      columns={columns}
      data={rows}
      testId="payment-schedule"
      compact
      empty={{ title: t('record.payments.empty') }}
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
