'use client';
// The import wizard's two tables on the kit's DataTable: the preview under the header mapping (each
// header cell holds its field select; a cell a row error names is marked) and a finished run's row
// errors (the whole list is the batch's errors.csv, linked above the table).
import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { DataTable, defineColumns } from '@/components/data-table';
import { Select } from '@/components/ui/input';
import { EMPTY } from '@/lib/domain/format';
import type { ImportRowErrorView as RowError } from '@/lib/domain/import/status';

export type PreviewRow = { row: number; cells: string[]; errors: { field: string | null; reason: string }[] };

export function ImportPreviewTable(props: {
  headers: string[];
  rows: PreviewRow[];
  fields: readonly string[];
  fieldLabel: (field: string) => string;
  rowErrorLabel: (reason: string) => string;
  /** the column each field reads (the mapping's column part) */
  columns: Partial<Record<string, number | null>>;
  onMap: (col: number, field: string) => void;
  pending: boolean;
}) {
  const { headers, fields, columns, fieldLabel, rowErrorLabel, onMap } = props;
  const t = useTranslations('leads');
  const tableColumns = useMemo(() => {
    const fieldOfCol = (col: number) => fields.find((f) => columns[f] === col) ?? '';
    const badCols = (p: PreviewRow) => new Set(p.errors.map((e) => (e.field ? columns[e.field] : null)));
    return defineColumns<PreviewRow>([
      { id: 'row', header: t('import.rowHeader'), value: (p) => p.row, className: 'text-slate-500 tabular-nums' },
      ...headers.map((h, i) => {
        const name = h || `#${i + 1}`;
        return {
          id: `c${i}`,
          header: name,
          headerCell: () => (
            <div className="min-w-36 align-top">
              <div className="text-xs font-semibold text-slate-700">{name}</div>
              <Select
                aria-label={`${t('import.field')}: ${name}`}
                className="mt-1 h-8 text-xs"
                value={fieldOfCol(i)}
                onChange={(e) => onMap(i, e.target.value)}
              >
                <option value="">{t('import.ignore')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabel(f)}
                  </option>
                ))}
              </Select>
            </div>
          ),
          value: (p: PreviewRow) => p.cells[i] ?? '',
          cell: (p: PreviewRow) => <span title={p.cells[i] ?? ''}>{p.cells[i] ?? ''}</span>,
          className: (p: PreviewRow) => `max-w-48 truncate ${badCols(p).has(i) ? 'bg-rose-50 text-rose-800' : ''}`,
        };
      }),
      {
        id: 'reason',
        header: t('import.reason'),
        className: 'min-w-64 text-xs',
        cell: (p) =>
          p.errors.length ? (
            <span className="text-rose-700">{p.errors.map((e) => rowErrorLabel(e.reason)).join(', ')}</span>
          ) : (
            <span className="text-emerald-700">{t('import.rowOk')}</span>
          ),
      },
    ]);
  }, [headers, fields, columns, fieldLabel, rowErrorLabel, onMap, t]);
  return (
    <DataTable
      caption={t('import.previewTitle', { count: props.rows.length })}
      columns={tableColumns}
      data={props.rows}
      getRowId={(p) => String(p.row)}
      pending={props.pending}
      hideColumnMenu
      dense
    />
  );
}

export function ImportErrorsTable({ errors, errorsUrl }: { errors: RowError[]; errorsUrl: string }) {
  const t = useTranslations('leads');
  const columns = useMemo(
    () =>
      defineColumns<RowError & { key: number }>([
        { id: 'row', header: t('import.rowHeader'), value: (e) => e.row, className: 'w-16 tabular-nums' },
        { id: 'column', header: t('import.column'), value: (e) => e.column ?? EMPTY, className: 'w-40' },
        { id: 'reason', header: t('import.reason'), value: (e) => e.message, className: 'text-rose-700' },
      ]),
    [t],
  );
  return (
    <DataTable
      caption={t('import.errorsTitle')}
      columns={columns}
      data={errors.map((e, key) => ({ ...e, key }))}
      getRowId={(e) => String(e.key)}
      compact
      toolbar={
        <div className="flex w-full items-center justify-between">
          <h3 className="text-sm font-semibold">{t('import.errorsTitle')}</h3>
          <a className="text-sm font-medium text-indigo-700 underline" href={errorsUrl} download>
            {t('import.downloadErrors')}
          </a>
        </div>
      }
    />
  );
}
