'use client';
import { useTranslations } from 'next-intl';
import { DataTable, type DataTableProps } from './data-table';
import type { Column, Translate } from './columns';
import { useColumns } from './use-columns';

/** A column module's builder: `thingColumns(t, locale, ...args)`. */
export type ColumnBuilder<Row, A extends unknown[]> = (t: Translate, locale: 'ko' | 'en', ...args: A) => Column<Row>[];

/** DataTable's props with the caption and the empty state as message keys of the table's namespace. */
export type ColumnsTableOptions<Row> = Omit<DataTableProps<Row>, 'columns' | 'data' | 'caption' | 'empty'> & {
  /** key of the caption (the table's accessible name) */
  caption: string;
  /** key of the empty state's title (default: the kit's "nothing here") */
  empty?: string;
  /** key of the empty state's description */
  emptyDescription?: string;
};

export type ColumnsTableProps<Row, A extends unknown[]> = Partial<ColumnsTableOptions<Row>> & {
  rows: Row[];
} & (A extends [] ? { args?: A } : { /** the builder's further arguments (`thingColumns(t, locale, ...args)`) */ args: A });

/**
 * The client table of a column module, declared once in a `'use client'` file:
 *
 *     export const ThingsTable = columnsTable('things', thingColumns, { caption: 'table.caption', rowHref: (r) => `/things/${r.id}` });
 *
 * and rendered by the server page with plain props: `<ThingsTable rows={rows} />`. The page may
 * add or override any option that crosses to the client (`server`, `exportHref`, `testId`, the
 * `caption`/`empty` keys, the builder's `args`). Columns are built by `useColumns` with the
 * translator of `ns`, so the table and its export (the same builder in a route) cannot drift.
 */
export function columnsTable<Row, A extends unknown[] = []>(ns: string, make: ColumnBuilder<Row, A>, options: ColumnsTableOptions<Row>) {
  function ColumnsTable({ rows, args, ...props }: ColumnsTableProps<Row, A>) {
    const translator = useTranslations(ns);
    const columns = useColumns(translator, make, ...((args ?? []) as A));
    const t = translator as unknown as Translate;
    const { caption, empty, emptyDescription, ...rest } = { ...options, ...props } as ColumnsTableOptions<Row>;
    const emptyState = empty ? { title: t(empty), description: emptyDescription && t(emptyDescription) } : undefined;
    const table = { ...rest, columns, data: rows, caption: t(caption), empty: emptyState } as unknown as DataTableProps<Row> & {
      key?: string;
    };
    return <DataTable<Row> {...table} />;
  }
  return ColumnsTable;
}
