'use client';
import { useState } from 'react';
import { useLocale } from 'next-intl';
import type { Column, Translate } from './columns';

/**
 * A client table's columns from its column module: `useColumns(t, thingColumns)` calls
 * `thingColumns(t, locale)` (t: the component's `useTranslations(ns)`, locale: the UI's) and builds
 * them again only when the translator, the locale or one of the further arguments changes:
 * `useColumns(t, paymentColumns, rows, total)` calls `paymentColumns(t, locale, rows, total)`.
 */
export function useColumns<Row, A extends unknown[]>(
  t: object,
  make: (t: Translate, locale: 'ko' | 'en', ...args: A) => Column<Row>[],
  ...args: A
): Column<Row>[] {
  const locale = useLocale() === 'en' ? 'en' : 'ko';
  const keys = [t, locale, make, ...args];
  const [memo, setMemo] = useState(() => ({ keys, columns: make(t as Translate, locale, ...args) }));
  if (keys.length === memo.keys.length && keys.every((k, i) => k === memo.keys[i])) return memo.columns;
  const next = { keys, columns: make(t as Translate, locale, ...args) };
  setMemo(next); // adjusting state while rendering: React renders again at once with the new columns
  return next.columns;
}
