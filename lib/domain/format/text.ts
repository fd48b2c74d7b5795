// Shared pieces of the formatting module: the locale type, the one empty-value mark, digit
// grouping. Nothing here reads the host's ICU data, TZ or locale (see ADR 012).

export type FormatLocale = 'ko' | 'en';

/** The one mark for "no value" on screen, in both languages. */
export const EMPTY = '–';

/** "1234567" → "1,234,567" (Korean and English both group by three with commas). */
export function groupDigits(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type NumberOptions = {
  /** decimals always shown (default 0) */
  minFractionDigits?: number;
  /** decimals at most (default: minFractionDigits); extra trailing zeros are dropped */
  maxFractionDigits?: number;
  /** "+" before positive numbers (zero has no sign) */
  signed?: boolean;
};

/** 1234.5 → "1,234.5"; the same string in ko and en, on any host. */
export function formatNumber(v: number | string | bigint | null | undefined, opts: NumberOptions = {}): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return EMPTY;
  const min = opts.minFractionDigits ?? 0;
  const max = Math.max(min, opts.maxFractionDigits ?? min);
  let fixed = Math.abs(n).toFixed(max);
  if (max > min) {
    const [i, f = ''] = fixed.split('.');
    let frac = f;
    while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
    fixed = frac ? `${i}.${frac}` : i!;
  }
  const [intPart, frac] = fixed.split('.');
  const isZero = /^[0.]*$/.test(fixed);
  const sign = isZero ? '' : n < 0 ? '-' : opts.signed ? '+' : '';
  return `${sign}${groupDigits(intPart!)}${frac ? `.${frac}` : ''}`;
}

/** Percentage points → "12.5%" (one decimal at most by default); `signed` for differences. */
export function formatPercent(points: number | string | null | undefined, opts: NumberOptions = {}): string {
  const s = formatNumber(points, { maxFractionDigits: 1, ...opts });
  return s === EMPTY ? EMPTY : `${s}%`;
}

/** A share 0..1 → "12.5%". */
export function formatRatio(ratio: number | null | undefined, opts: NumberOptions = {}): string {
  return ratio === null || ratio === undefined ? EMPTY : formatPercent(ratio * 100, opts);
}

/** Whole days: "12일" / "12 days" ("1 day"); fractions are dropped, never rounded up. */
export function formatDays(days: number | null | undefined, locale: FormatLocale): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return EMPTY;
  const n = Math.trunc(days);
  const s = formatNumber(n);
  if (locale === 'ko') return `${s}일`;
  return `${s} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}
