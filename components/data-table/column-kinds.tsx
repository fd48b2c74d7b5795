import type { ReactNode } from 'react';
import Link from 'next/link';
import { EMPTY, formatDate, formatKrw } from '@/lib/domain/format';
import type { Column } from './columns';

// Columns of a kind that many tables have, built the one way: what the file gets (`value`) and
// what the page shows (`cell`) come from one accessor. Like defineColumns they have no hooks, so
// a column module's builder uses them for the page and its export alike. Any other Column field
// passes through (and may override a default such as `sortable`).

type Rest<Row> = Omit<Column<Row>, 'value' | 'cell'>;

/** A record's name that links to it: `text` is also the exported value; `sub` is a small grey line under
 * the link (the deal's account), `after` anything else beside or below it. */
export function linkColumn<Row>(
  c: Rest<Row> & {
    text: (row: Row) => string;
    href: (row: Row) => string;
    /** the link's accessible name when the text alone does not say where it goes */
    label?: (row: Row) => string;
    sub?: (row: Row) => ReactNode;
    after?: (row: Row) => ReactNode;
  },
): Column<Row> {
  const { text, href, label, sub, after, ...rest } = c;
  return {
    ...rest,
    value: text,
    cell: (r) => (
      <>
        <Link href={href(r)} className="font-medium text-indigo-700 hover:underline" aria-label={label?.(r)}>
          {text(r)}
        </Link>
        {sub ? <p className="text-xs text-slate-500">{sub(r)}</p> : null}
        {after?.(r)}
      </>
    ),
  };
}

/** An amount of won (a decimal string): the file gets the number, the page `formatKrw`; no amount is empty in both. */
export function amountColumn<Row>(c: Rest<Row> & { amount: (row: Row) => string | null; locale: 'ko' | 'en' }): Column<Row> {
  const { amount, locale, ...rest } = c;
  return {
    align: 'right',
    ...rest,
    value: (r) => {
      const a = amount(r);
      return a === null ? null : Number(a);
    },
    cell: (r) => formatKrw(amount(r), locale),
  };
}

/** A calendar day (an instant or 'YYYY-MM-DD'): the file gets the Date, the page `formatDate`; sortable, on one line. */
export function dateColumn<Row>(c: Rest<Row> & { date: (row: Row) => string | Date | null; locale: 'ko' | 'en' }): Column<Row> {
  const { date, locale, ...rest } = c;
  return {
    sortable: true,
    nowrap: true,
    ...rest,
    value: (r) => {
      const d = date(r);
      return d === null ? null : new Date(d);
    },
    cell: (r) => {
      const d = date(r);
      return d === null ? EMPTY : formatDate(d, locale);
    },
  };
}
