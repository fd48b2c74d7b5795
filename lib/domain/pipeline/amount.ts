// Pipeline sheet amounts (issue 10): the mapping declares the column's unit — 억원, 백만원 or 원 —
// and every cell is read in that unit. A cell that names a different unit ("3억" in a 백만원
// column, "500만원", "$1,000") is a row error, never a guess. Exact: decimal strings, no floats.
import { err, ok, type Result } from '@/lib/domain/result';

export const AMOUNT_UNITS = ['EOK', 'MILLION', 'WON'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

const FACTOR: Record<AmountUnit, bigint> = { EOK: 100_000_000n, MILLION: 1_000_000n, WON: 1n };

/** The unit a suffix names (억, 억원, 백만, 백만원, 원, KRW…); undefined = not a unit we know. */
function unitOfSuffix(s: string): AmountUnit | null | undefined {
  const k = s.toLowerCase().replace(/\s+/g, '');
  if (k === '') return null;
  if (k === '억' || k === '억원') return 'EOK';
  if (k === '백만' || k === '백만원' || k === 'mil' || k === 'mn' || k === 'm' || k === 'million') return 'MILLION';
  if (k === '원' || k === 'krw' || k === '₩') return 'WON';
  return undefined;
}

/**
 * A cell in the declared unit → 원 as a decimal string (at most 2 decimals), or a reason:
 * `amountUnitMismatch` (the cell names another unit), `badAmount` (not a number),
 * `amountPrecision` (finer than 0.01원), `amountTooLarge`.
 */
export function parseAmount(raw: string, unit: AmountUnit): Result<string | null, string> {
  let v = raw.trim().replace(/[\u200B-\u200D\uFEFF]/g, '');
  if (!v || v === '-') return ok(null);
  v = v.replace(/^₩\s*/, '').replace(/^krw\s*/i, '');
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(.*)$/.exec(v);
  if (!m) return err(/^-/.test(v) ? 'negativeAmount' : 'badAmount');
  const suffix = unitOfSuffix(m[2]!);
  if (suffix === undefined) return err(/[0-9]/.test(m[2]!) ? 'badAmount' : 'amountUnitMismatch');
  if (suffix !== null && suffix !== unit) return err('amountUnitMismatch');
  const num = m[1]!;
  if (num.includes(',') && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(num)) return err('badAmount');
  const [intPart, frac = ''] = num.replace(/,/g, '').split('.');
  const scale = 10n ** BigInt(frac.length);
  const scaled = BigInt((intPart || '0') + frac) * FACTOR[unit] * 100n; // in 0.01원 × scale
  if (scaled % scale !== 0n) return err('amountPrecision');
  const cents = scaled / scale;
  if (cents >= 10n ** 20n) return err('amountTooLarge'); // Decimal(20,2)
  const won = cents / 100n;
  const c = cents % 100n;
  return ok(c === 0n ? won.toString() : `${won}.${c.toString().padStart(2, '0').replace(/0$/, '')}`);
}

/** "억원" / "백만원" / "원" (and English) as the mapping's unit. */
export function parseAmountUnit(raw: string): AmountUnit | null {
  const u = unitOfSuffix(raw);
  if (u) return u;
  const k = raw.trim().toUpperCase();
  return (AMOUNT_UNITS as readonly string[]).includes(k) ? (k as AmountUnit) : null;
}
