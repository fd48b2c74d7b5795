// VRB deal economics (SPEC §4): THE ROI calculator — one pure function used by the browser (as the
// rep types) and by the server (the PUT command, the review snapshot, the decision's guard).
//
//   labour         = Σ rows (person-months × monthly rate), each row rounded half-up to the 원-cent
//   base cost      = hardware + software licences + labour + subcontracting + other
//   contingency    = an amount, or contingencyPct % of the base cost (rounded half-up to the cent)
//   total cost     = base cost + contingency
//   gross profit   = contract price − total cost
//   margin %       = profit ÷ price × 100 (null without a price)
//   ROI %          = profit ÷ total cost × 100 (null with a zero cost)
//
// Amounts are decimal strings (or numbers) with up to 2 fraction digits; arithmetic is exact in
// bigint cents (no float drift up to and beyond 10^15 원). Percentages come out rounded to 3
// decimals (half away from zero). The payment schedule's percents must sum to exactly 100.

import { err, ok, type Result } from '../result';

export const MILESTONE_KINDS = ['DOWN_PAYMENT', 'INTERIM', 'BALANCE'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export type Amount = string | number;
export type LaborLine = { grade: string; personMonths: Amount; monthlyRate: Amount };
export type PaymentTerm = {
  kind: MilestoneKind;
  /** 40 = 40 % */
  percent: number;
  /** days after the contract (win) date; or a fixed `dueDate` (YYYY-MM-DD) */
  dueOffsetDays?: number | null;
  dueDate?: string | null;
};

export type EconomicsInput = {
  contractPrice: Amount;
  hardwareCost: Amount;
  softwareLicenseCost: Amount;
  labor: readonly LaborLine[];
  subcontractCost: Amount;
  otherCost: Amount;
  /** the contingency amount (ignored when contingencyPct is set) */
  contingency: Amount;
  /** contingency as % of the other costs; null/undefined: `contingency` is the amount */
  contingencyPct?: number | null;
  paymentSchedule?: readonly PaymentTerm[];
};

export type Economics = {
  contractPrice: string;
  laborCost: string;
  laborPersonMonths: string;
  contingencyAmount: string;
  totalCost: string;
  grossProfit: string;
  /** null when the contract price is zero (no margin can be computed) */
  marginPct: number | null;
  /** null when the total cost is zero */
  roiPct: number | null;
  /** each payment term's amount (percent × price; the last term takes the rounding remainder) */
  payments: { kind: MilestoneKind; percent: number; amount: string; dueOffsetDays: number | null; dueDate: string | null }[];
};

export type EconomicsErrorReason =
  | 'notADecimal'
  | 'negative'
  | 'tooLarge'
  | 'priceZeroWithCosts'
  | 'percentSum'
  | 'percentRange'
  | 'gradeRequired'
  | 'dueRequired'
  | 'duplicateKind';

/** `field` is a path into the input: `hardwareCost`, `labor.2.personMonths`, `paymentSchedule.1.percent`. */
export type EconomicsError = { field: string; reason: EconomicsErrorReason };

const SCALE = 100n; // cents
const MAX_CENTS = 10n ** 18n * SCALE; // far above any deal (10^18 원) — keeps the DECIMAL(20,2) columns safe

/** Parse a decimal with up to 2 fraction digits into cents (extra digits are truncated). */
export function toCents(v: Amount | null | undefined): bigint | null {
  if (v === null || v === undefined) return null;
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    // a JS number is exact only up to 2^53: print it without exponent, then parse as text
    s = Math.abs(v) >= 1e21 ? '' : v.toFixed(2);
  } else s = v.trim().replace(/,/g, '');
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const c = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? '').slice(0, 2).padEnd(2, '0'));
  return m[1] && c !== 0n ? -c : c;
}

/** Cents as a decimal string with 2 fraction digits ("1234.50"). */
export function centsToString(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const frac = a % SCALE;
  return `${neg ? '-' : ''}${a / SCALE}.${frac.toString().padStart(2, '0')}`;
}

/** Integer division rounded half away from zero. */
function divRound(a: bigint, b: bigint): bigint {
  const neg = a < 0n !== b < 0n;
  const q = ((a < 0n ? -a : a) * 2n + (b < 0n ? -b : b)) / ((b < 0n ? -b : b) * 2n);
  return neg ? -q : q;
}

/** a ÷ b × 100 rounded to 3 decimals (half away from zero), or null when b is 0. */
function pct(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  return Number(divRound(a * 100_000n, b)) / 1000;
}

/** A percent number (up to 3 decimals) as thousandths: 12.5 → 12500n. null when not a finite number. */
function pctMilli(p: number): bigint | null {
  if (!Number.isFinite(p)) return null;
  return BigInt(Math.round(p * 1000));
}

const AMOUNT_FIELDS = ['contractPrice', 'hardwareCost', 'softwareLicenseCost', 'subcontractCost', 'otherCost'] as const;

export function computeEconomics(input: EconomicsInput): Result<Economics, EconomicsError> {
  const c = {} as Record<(typeof AMOUNT_FIELDS)[number], bigint>;
  const amount = (field: string, v: Amount): bigint | EconomicsError => {
    const x = toCents(v);
    if (x === null) return { field, reason: 'notADecimal' };
    if (x < 0n) return { field, reason: 'negative' };
    if (x > MAX_CENTS) return { field, reason: 'tooLarge' };
    return x;
  };
  for (const f of AMOUNT_FIELDS) {
    const x = amount(f, input[f]);
    if (typeof x !== 'bigint') return err(x);
    c[f] = x;
  }
  // labour: person-months (cents-scaled) × monthly rate (cents) → cents × 100, each row rounded
  let laborCost = 0n;
  let laborPm = 0n;
  for (const [i, row] of input.labor.entries()) {
    if (!row.grade || !row.grade.trim()) return err({ field: `labor.${i}.grade`, reason: 'gradeRequired' });
    const pm = amount(`labor.${i}.personMonths`, row.personMonths);
    if (typeof pm !== 'bigint') return err(pm);
    const rate = amount(`labor.${i}.monthlyRate`, row.monthlyRate);
    if (typeof rate !== 'bigint') return err(rate);
    laborCost += divRound(pm * rate, SCALE);
    laborPm += pm;
  }
  const base = c.hardwareCost + c.softwareLicenseCost + laborCost + c.subcontractCost + c.otherCost;
  let contingency: bigint;
  if (input.contingencyPct !== null && input.contingencyPct !== undefined) {
    const p = pctMilli(input.contingencyPct);
    if (p === null) return err({ field: 'contingencyPct', reason: 'notADecimal' });
    if (p < 0n) return err({ field: 'contingencyPct', reason: 'negative' });
    if (p > 1_000_000n) return err({ field: 'contingencyPct', reason: 'percentRange' });
    contingency = divRound(base * p, 100_000n);
  } else {
    const x = amount('contingency', input.contingency);
    if (typeof x !== 'bigint') return err(x);
    contingency = x;
  }
  const totalCost = base + contingency;
  if (c.contractPrice === 0n && totalCost > 0n) return err({ field: 'contractPrice', reason: 'priceZeroWithCosts' });
  const grossProfit = c.contractPrice - totalCost;

  // payment schedule: percents in 0..100 summing to exactly 100, each with an offset or a date
  const payments: Economics['payments'] = [];
  const schedule = input.paymentSchedule ?? [];
  if (schedule.length > 0) {
    let sum = 0n;
    let allocated = 0n;
    const seen = new Set<string>();
    const millis: bigint[] = [];
    for (const [i, t] of schedule.entries()) {
      if (t.kind !== 'INTERIM' && seen.has(t.kind)) return err({ field: `paymentSchedule.${i}.kind`, reason: 'duplicateKind' });
      seen.add(t.kind);
      const p = pctMilli(t.percent);
      if (p === null) return err({ field: `paymentSchedule.${i}.percent`, reason: 'notADecimal' });
      if (p <= 0n || p > 100_000n) return err({ field: `paymentSchedule.${i}.percent`, reason: 'percentRange' });
      const hasOffset = t.dueOffsetDays !== null && t.dueOffsetDays !== undefined;
      const hasDate = !!t.dueDate;
      if (!hasOffset && !hasDate) return err({ field: `paymentSchedule.${i}.dueOffsetDays`, reason: 'dueRequired' });
      if (hasOffset && (!Number.isInteger(t.dueOffsetDays) || t.dueOffsetDays! < 0))
        return err({ field: `paymentSchedule.${i}.dueOffsetDays`, reason: 'negative' });
      millis.push(p);
      sum += p;
    }
    if (sum !== 100_000n) return err({ field: 'paymentSchedule', reason: 'percentSum' });
    for (const [i, t] of schedule.entries()) {
      const last = i === schedule.length - 1;
      const amt = last ? c.contractPrice - allocated : divRound(c.contractPrice * millis[i]!, 100_000n);
      allocated += amt;
      payments.push({
        kind: t.kind,
        percent: t.percent,
        amount: centsToString(amt),
        dueOffsetDays: t.dueOffsetDays ?? null,
        dueDate: t.dueDate || null,
      });
    }
  }

  return ok({
    contractPrice: centsToString(c.contractPrice),
    laborCost: centsToString(laborCost),
    laborPersonMonths: centsToString(laborPm),
    contingencyAmount: centsToString(contingency),
    totalCost: centsToString(totalCost),
    grossProfit: centsToString(grossProfit),
    marginPct: pct(grossProfit, c.contractPrice),
    roiPct: pct(grossProfit, totalCost),
    payments,
  });
}

/** The stored row (Prisma Decimal / JSON columns) as calculator input. A row from before labour rows
 *  were kept becomes one labour row from its (person-months, rate) pair. */
export function economicsInputOf(row: {
  contractPrice: { toString(): string };
  hardwareCost: { toString(): string };
  softwareLicenseCost: { toString(): string };
  laborPersonMonths?: { toString(): string } | null;
  laborRate?: { toString(): string } | null;
  laborLines?: unknown;
  subcontractCost: { toString(): string };
  otherCost: { toString(): string };
  contingency: { toString(): string };
  contingencyPct?: { toString(): string } | null;
  paymentSchedule?: unknown;
}): EconomicsInput {
  let labor: LaborLine[] = Array.isArray(row.laborLines)
    ? (row.laborLines as LaborLine[]).map((l) => ({
        grade: String(l.grade ?? ''),
        personMonths: String(l.personMonths),
        monthlyRate: String(l.monthlyRate),
      }))
    : [];
  if (labor.length === 0 && row.laborPersonMonths && row.laborRate) {
    const pm = toCents(row.laborPersonMonths.toString()) ?? 0n;
    const rate = toCents(row.laborRate.toString()) ?? 0n;
    if (pm > 0n || rate > 0n) labor = [{ grade: '-', personMonths: centsToString(pm), monthlyRate: centsToString(rate) }];
  }
  return {
    contractPrice: row.contractPrice.toString(),
    hardwareCost: row.hardwareCost.toString(),
    softwareLicenseCost: row.softwareLicenseCost.toString(),
    labor,
    subcontractCost: row.subcontractCost.toString(),
    otherCost: row.otherCost.toString(),
    contingency: row.contingency.toString(),
    contingencyPct: row.contingencyPct === null || row.contingencyPct === undefined ? null : Number(row.contingencyPct.toString()),
    paymentSchedule: Array.isArray(row.paymentSchedule) ? (row.paymentSchedule as PaymentTerm[]) : [],
  };
}

/** The margin of a stored row, or null (no price / unreadable). */
export function marginOf(input: EconomicsInput | null | undefined): number | null {
  if (!input) return null;
  const r = computeEconomics(input);
  return r.ok ? r.value.marginPct : null;
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

// ───────────────────────────── labour grades ─────────────────────────────

export type LaborGrade = { grade: string; monthlyRate: string };

/** Default monthly rate of a grade from the settings' list (the firm's grades), or null. */
export function defaultRate(grades: readonly LaborGrade[], grade: string): string | null {
  return grades.find((g) => g.grade === grade)?.monthlyRate ?? null;
}

// ───────────────────────────── snapshot diff ─────────────────────────────

export type EconomicsChange =
  | { field: 'contractPrice' | 'totalCost' | 'grossProfit' | 'laborCost' | 'contingencyAmount'; kind: 'amount'; from: string; to: string }
  | { field: 'marginPct' | 'roiPct'; kind: 'pct'; from: number | null; to: number | null }
  | { field: 'paymentSchedule'; kind: 'schedule'; from: string; to: string };

const scheduleKey = (e: Economics) => e.payments.map((p) => `${p.kind}:${p.percent}:${p.dueOffsetDays ?? p.dueDate ?? ''}`).join('|');

/**
 * What moved between a review's frozen snapshot and the opportunity's working copy: contract
 * price, costs, profit, margin, ROI, the payment schedule — in that order; unchanged fields are left
 * out. Either side null (no snapshot / no working copy) → no comparison ([]).
 */
export function diffEconomics(frozen: Economics | null, working: Economics | null): EconomicsChange[] {
  if (!frozen || !working) return [];
  const out: EconomicsChange[] = [];
  const same = (a: string, b: string) => toCents(a) === toCents(b);
  for (const f of ['contractPrice', 'laborCost', 'contingencyAmount', 'totalCost', 'grossProfit'] as const)
    if (!same(frozen[f], working[f])) out.push({ field: f, kind: 'amount', from: frozen[f], to: working[f] });
  for (const f of ['marginPct', 'roiPct'] as const)
    if (frozen[f] !== working[f]) out.push({ field: f, kind: 'pct', from: frozen[f], to: working[f] });
  if (scheduleKey(frozen) !== scheduleKey(working))
    out.push({
      field: 'paymentSchedule',
      kind: 'schedule',
      from: frozen.payments.map((p) => p.percent).join('/'),
      to: working.payments.map((p) => p.percent).join('/'),
    });
  return out;
}

/** 억원 with one decimal for the diff line ("4.2억"), 원 below 1억 ("3,500만"). Exact on bigint. */
export function formatEokShort(v: Amount): string {
  const c = toCents(v);
  if (c === null) return '–';
  const neg = c < 0n;
  const a = neg ? -c : c;
  const won = divRound(a, SCALE);
  const sign = neg ? '-' : '';
  if (won >= 100_000_000n) {
    const tenths = divRound(won, 10_000_000n); // 억 × 10, half up
    return `${sign}${tenths / 10n}${tenths % 10n ? '.' + (tenths % 10n) : ''}억`;
  }
  if (won >= 10_000n) return `${sign}${Number(divRound(won, 10_000n)).toLocaleString('ko-KR')}만`;
  return `${sign}${Number(won).toLocaleString('ko-KR')}원`;
}

/** A percent for the diff line: 17 → "17%", 8.333 → "8.3%", null → "–". */
export function formatPctShort(p: number | null): string {
  if (p === null) return '–';
  return `${Math.round(p * 10) / 10}%`;
}
