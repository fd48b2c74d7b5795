// KRW for people: 억원 (10^8) and 백만원 (10^6) units, the way Korean sales reports read.
// Amounts arrive as strings or numbers (Prisma Decimal → string) and are formatted, never summed
// here: sums are exact in SQL or with bigint (see sumAmounts).

const EOK = 100_000_000;
const BAEKMAN = 1_000_000;

export type MoneyLocale = 'ko' | 'en';

function toNumber(v: string | number | bigint | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

const trim = (s: string) => s.replace(/\.0+$|(\.\d*?)0+$/, '$1');

/** 12.35억원 · 350백만원 · 5,000원 (ko) / ₩1.24B · ₩350M · ₩5,000 (en). */
export function formatKrw(v: string | number | bigint | null | undefined, locale: MoneyLocale = 'ko'): string {
  const n = toNumber(v);
  if (n === null) return '–';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (locale === 'en') {
    if (a >= 1e9) return `${sign}₩${trim((a / 1e9).toFixed(2))}B`;
    if (a >= 1e6) return `${sign}₩${trim((a / 1e6).toFixed(1))}M`;
    return `${sign}₩${Math.round(a).toLocaleString('en-US')}`;
  }
  if (a >= EOK) return `${sign}${trim((a / EOK).toFixed(a >= 100 * EOK ? 1 : 2))}억원`;
  if (a >= BAEKMAN) return `${sign}${Math.round(a / BAEKMAN).toLocaleString('ko-KR')}백만원`;
  return `${sign}${Math.round(a).toLocaleString('ko-KR')}원`;
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
