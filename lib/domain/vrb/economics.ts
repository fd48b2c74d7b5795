// VRB deal economics (SPEC §4): the ROI calculator behind a review's financial snapshot.
// gross profit = contract price − total cost, where total cost = hardware + software licence
// + labour (person-months × rate) + subcontracting + other + contingency;
// margin % = profit ÷ price; ROI % = profit ÷ total cost.
// Amounts are decimal strings (Prisma Decimal → string); sums are exact in bigint cents.

import { err, ok, type Result } from '../result';

export type EconomicsInput = {
  contractPrice: string | number;
  hardwareCost: string | number;
  softwareLicenseCost: string | number;
  laborPersonMonths: string | number;
  laborRate: string | number;
  subcontractCost: string | number;
  otherCost: string | number;
  contingency: string | number;
};

export type Economics = {
  laborCost: string;
  totalCost: string;
  grossProfit: string;
  /** null when the contract price is zero (no margin can be computed) */
  marginPct: number | null;
  /** null when the total cost is zero */
  roiPct: number | null;
};

export type EconomicsError = { field: keyof EconomicsInput; reason: 'notADecimal' | 'negative' };

const SCALE = 100n; // cents

/** Parse a decimal with up to 2 fraction digits into cents (extra digits are truncated). */
function toCents(v: string | number): bigint | null {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(2) : '') : v.trim();
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const c = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? '').slice(0, 2).padEnd(2, '0'));
  return m[1] ? -c : c;
}

function centsToString(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const frac = a % SCALE;
  return `${neg ? '-' : ''}${a / SCALE}.${frac.toString().padStart(2, '0')}`;
}

/** a ÷ b × 100 rounded to 3 decimals (half away from zero), or null when b is 0. */
function pct(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const scaled = (a * 100_000n * 2n) / b; // ×100 (percent) ×1000 (3 decimals) ×2 (for rounding)
  const rounded = scaled >= 0n ? (scaled + 1n) / 2n : (scaled - 1n) / 2n;
  return Number(rounded) / 1000;
}

const FIELDS: (keyof EconomicsInput)[] = [
  'contractPrice',
  'hardwareCost',
  'softwareLicenseCost',
  'laborPersonMonths',
  'laborRate',
  'subcontractCost',
  'otherCost',
  'contingency',
];

/** The snapshot's fields as decimal strings, from a row whose numbers print themselves (Prisma Decimal). */
export const economicsInputOf = (row: Record<keyof EconomicsInput, { toString(): string }>): Record<keyof EconomicsInput, string> =>
  Object.fromEntries(FIELDS.map((f) => [f, row[f].toString()])) as Record<keyof EconomicsInput, string>;

export function computeEconomics(input: EconomicsInput): Result<Economics, EconomicsError> {
  const c = {} as Record<keyof EconomicsInput, bigint>;
  for (const f of FIELDS) {
    const v = toCents(input[f]);
    if (v === null) return err({ field: f, reason: 'notADecimal' });
    if (v < 0n) return err({ field: f, reason: 'negative' });
    c[f] = v;
  }
  // person-months (cents-scaled) × rate (cents) → cents × 100; round half up to cents
  const laborCost = (c.laborPersonMonths * c.laborRate + SCALE / 2n) / SCALE;
  const totalCost = c.hardwareCost + c.softwareLicenseCost + laborCost + c.subcontractCost + c.otherCost + c.contingency;
  const grossProfit = c.contractPrice - totalCost;
  return ok({
    laborCost: centsToString(laborCost),
    totalCost: centsToString(totalCost),
    grossProfit: centsToString(grossProfit),
    marginPct: pct(grossProfit, c.contractPrice),
    roiPct: pct(grossProfit, totalCost),
  });
}

export type PriceGuard = 'ok' | 'belowFloor' | 'noPrice';

/**
 * Low-price guard (저가수주 방지): a margin below the `marginFloorPct` setting is a warning
 * (and a PASS then needs an override reason). A deal with no price has no margin: 'noPrice'.
 */
export function priceGuard(marginPct: number | string | null | undefined, floorPct: number): PriceGuard {
  if (marginPct === null || marginPct === undefined || marginPct === '') return 'noPrice';
  const m = Number(marginPct);
  if (!Number.isFinite(m)) return 'noPrice';
  return m < floorPct ? 'belowFloor' : 'ok';
}
