// KRW for people: 억원 (10^8) and 백만원 (10^6) units, the way Korean sales reports read.
// Amounts arrive as strings or numbers (Prisma Decimal → string) and are formatted, never summed
// here: sums are exact in SQL or with bigint (see sumAmounts).

import { EMPTY, groupDigits } from './text';

const EOK = 100_000_000;
const BAEKMAN = 1_000_000;

export type MoneyLocale = 'ko' | 'en';
type Amount = string | number | bigint | null | undefined;

function toNumber(v: Amount): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

const trim = (s: string) => s.replace(/\.0+$|(\.\d*?)0+$/, '$1');
const grouped = (n: number) => groupDigits(String(Math.round(n)));

/** The unit a value (or a column) is shown in; chosen by magnitude. */
export type KrwUnit = 'eok' | 'baekman' | 'won';
const UNITS: Record<KrwUnit, { div: number; decimals: Record<MoneyLocale, number> }> = {
  eok: { div: EOK, decimals: { ko: 2, en: 2 } },
  baekman: { div: BAEKMAN, decimals: { ko: 0, en: 1 } },
  won: { div: 1, decimals: { ko: 0, en: 0 } },
};

/** 억원 from 1억 (en: B from ₩1B), 백만원 from 1백만 (en: M), else 원. */
export function krwUnitFor(largestAbs: number, locale: MoneyLocale = 'ko'): KrwUnit {
  if (locale === 'en') return largestAbs >= 1e9 ? 'eok' : largestAbs >= 1e6 ? 'baekman' : 'won';
  return largestAbs >= EOK ? 'eok' : largestAbs >= BAEKMAN ? 'baekman' : 'won';
}

function render(n: number, unit: KrwUnit, locale: MoneyLocale, fixed: boolean): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (unit === 'won') return locale === 'ko' ? `${sign}${grouped(a)}원` : `${sign}₩${grouped(a)}`;
  const decimals = UNITS[unit].decimals[locale];
  const div = locale === 'en' && unit === 'eok' ? 1e9 : UNITS[unit].div;
  const raw = (a / div).toFixed(decimals);
  const [i, f] = raw.split('.');
  const body = `${groupDigits(i!)}${f ? `.${f}` : ''}`;
  const text = fixed ? body : trim(body);
  if (locale === 'en') return `${sign}₩${text}${unit === 'eok' ? 'B' : 'M'}`;
  return `${sign}${text}${unit === 'eok' ? '억원' : '백만원'}`;
}

/**
 * One amount on its own: 12.35억원 · 350백만원 · 5,000원 (ko) / ₩1.23B · ₩350M · ₩5,000 (en).
 * 억원 with at most two decimals (trailing zeros dropped), 백만원 and 원 whole. In a table
 * column use formatKrwColumn, so every row has the same unit and decimals.
 */
export function formatKrw(v: Amount, locale: MoneyLocale = 'ko'): string {
  const n = toNumber(v);
  if (n === null) return EMPTY;
  return render(n, krwUnitFor(Math.abs(n), locale), locale, false);
}

/** One amount in a given unit with that unit's fixed decimals (a column's cell). */
export function formatKrwIn(v: Amount, unit: KrwUnit, locale: MoneyLocale = 'ko'): string {
  const n = toNumber(v);
  return n === null ? EMPTY : render(n, unit, locale, true);
}

/** The unit for a whole column: the unit of its largest absolute value. */
export function krwColumnUnit(values: readonly Amount[], locale: MoneyLocale = 'ko'): KrwUnit {
  let max = 0;
  for (const v of values) {
    const n = toNumber(v);
    if (n !== null) max = Math.max(max, Math.abs(n));
  }
  return krwUnitFor(max, locale);
}

/**
 * A table column of amounts: one unit (that of the largest value) and one number of decimals for
 * every row, so "80.77억원" never sits above "180.9억원" or "90백만원" beside "4.2억원".
 */
export function formatKrwColumn(values: readonly Amount[], locale: MoneyLocale = 'ko'): string[] {
  const unit = krwColumnUnit(values, locale);
  return values.map((v) => formatKrwIn(v, unit, locale));
}

/** Exact sum of decimal strings with up to 2 fraction digits (no floating-point drift). */
export function sumAmounts(values: readonly (string | number | null | undefined)[]): string {
  let cents = 0n;
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    const s = typeof v === 'number' ? v.toFixed(2) : v;
    const m = /^(-?)(\d+)(?:\.(\d{1,2})\d*)?$/.exec(s.trim());
    if (!m) throw new Error(`not a decimal amount: ${s}`);
    const c = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
    cents += m[1] ? -c : c;
  }
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const frac = abs % 100n;
  return `${neg ? '-' : ''}${abs / 100n}${frac ? '.' + frac.toString().padStart(2, '0').replace(/0$/, '') : ''}`;
}
