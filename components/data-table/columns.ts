import type { ReactNode } from 'react';

// A table's columns are defined ONCE, in a module without 'use client' and without hooks, so the
// same list renders the page (client DataTable) and writes the export (lib/server/export, in a
// route handler). Build them from a translator: `(t) => defineColumns<Row>([...])`.

/** What a cell exports to CSV/XLSX (and shows, and sorts by, when `cell` is not given). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A translator: next-intl's `useTranslations(ns)` on the page, `serverTranslator(locale, ns)` in a route. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export type Column<Row> = {
  /** stable id: the key of the column in the URL (`sort=id`, `hide=id`) and in tests */
  id: string;
  /** header label (already translated); also the CSV/XLSX header */
  header: string;
  /** the value exported (and shown and client-sorted when `cell` is absent) */
  value?: (row: Row) => CellValue;
  /** how the cell renders on the page; defaults to `value` as text */
  cell?: (row: Row) => ReactNode;
  /** header is a sort button: client-side on small tables, a URL `sort` change on server tables */
  sortable?: boolean;
  /** may the user hide it from the column menu (default true) */
  hideable?: boolean;
  /** part of CSV/XLSX (default: true when `value` is given) */
  exportable?: boolean;
  /** only in the file, never on screen (e.g. a phone number the list has no room for) */
  exportOnly?: boolean;
  align?: 'left' | 'right' | 'center';
  /** keep on one line */
  nowrap?: boolean;
  /** extra classes for the cell (`td`): one string, or per row (e.g. a cell the row's errors name) */
  className?: string | ((row: Row) => string | undefined);
  /** header accessible/visible override (e.g. a checkbox "select all"); the label stays `header` */
  headerCell?: () => ReactNode;
};

/** Typed identity: `defineColumns<Lead>([...])` checks every accessor against the row type. */
export function defineColumns<Row>(columns: Column<Row>[]): Column<Row>[] {
  return columns;
}

/** The columns that go into a file: exportable and not hidden by the user. */
export function exportColumns<Row>(columns: readonly Column<Row>[], hidden: readonly string[] = []): Column<Row>[] {
  return columns.filter((c) => (c.exportable ?? !!c.value) && c.value && !hidden.includes(c.id));
}
