// An in-memory columnar index of every opportunity's report attributes and tier history, for the
// as-of report at scale (ADR 007). Pure: the server layer (lib/db/queries/as-of-cache.ts) loads
// and refreshes it from PostgreSQL; here are the data layout and the one-pass computation.
//
// State at T of an opportunity = the from-state of its first tier change after T, or its current
// state when nothing changed after T ("did not exist" when that first change is its creation).
// This is the same rule as the SQL path (asOfDelta in lib/db/queries/reports.ts) and the same
// semantics: tier state from history, every other attribute (amount, category, country, region,
// owner, expected close) as it is today.
//
// compute() reads the changes once (for the first change after T per deal) and the deals once
// (cells, their largest deals, transitions from T to now, the largest moves): linear in the
// rows held, with no allocation per deal — ~0.1 s at 1M deals and 3M changes on one core.

import type { Outcome } from '../tiers/tiers';
import type { ReportGrouping, Scope } from './matrix';
import type { Transition } from './movement';

/** 0 = did not exist; 1..4 open tiers; 5..8 closed outcomes. */
const CLOSED_CODE: Record<Exclude<Outcome, 'OPEN'>, number> = { WON: 5, LOST: 6, NO_BID: 7, DROPPED: 8 };
const CODE_OUTCOME: readonly Outcome[] = ['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'WON', 'LOST', 'NO_BID', 'DROPPED'];
const STATES = 9;
const SCOPE_LIST: readonly Scope[] = ['DOMESTIC', 'OVERSEAS'];
const NO_DAY = -2_147_483_648;

/** Encode a tier state; a Tier 0 row without an outcome counts as lost (as the SQL path does). */
export function stateCode(tier: number | null, outcome: Outcome | null): number {
  if (tier === null) return 0;
  if (tier >= 1 && tier <= 4) return tier;
  if (tier !== 0) throw new Error(`not a tier: ${tier}`);
  return !outcome || outcome === 'OPEN' ? CLOSED_CODE.LOST : CLOSED_CODE[outcome];
}
export const stateOfCode = (code: number): { tier: number; outcome: Outcome } | null =>
  code === 0 ? null : { tier: code <= 4 ? code : 0, outcome: CODE_OUTCOME[code]! };

/** Decimal string (≤ 2 fraction digits) → integer cents as a Number; null when absent. Throws past 2^53. */
export function toCents(v: string | null): number | null {
  if (v === null) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(v.trim());
  if (!m) throw new Error(`not a decimal amount: ${v}`);
  const c = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(c)) throw new Error(`amount too large for the in-memory index: ${v}`);
  return m[1] ? -c : c;
}
/** Integer cents → the decimal text PostgreSQL prints for numeric(_, 2). */
export function centsText(c: bigint): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}
const dayNumber = (iso: string | null) => (iso === null ? NO_DAY : Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000));

export type IndexDeal = {
  id: string;
  amount: string | null;
  tier: number;
  outcome: Outcome;
  scope: Scope;
  country: string;
  categoryId: string | null;
  regionId: string | null;
  ownerId: string;
  expectedCloseDate: string | null; // YYYY-MM-DD
};
export type IndexChange = { opportunityId: string; changedAtMs: number; fromTier: number | null; fromOutcome: Outcome | null };
export type IndexFilters = { ownerIds: readonly string[] | null; categoryId: string | null; from: string | null; to: string | null };

export type AsOfCell = { outcome: Outcome; tier: number; scope: Scope; key: string | null; count: number; amount: string };
export type AsOfDeal = { outcome: Outcome; tier: number; scope: Scope; key: string | null; id: string; amount: string | null };
export type AsOfMove = {
  id: string;
  amount: string | null;
  fromTier: number | null;
  fromOutcome: Outcome | null;
  toTier: number;
  toOutcome: Outcome;
};
export type AsOfResult = { aggregates: AsOfCell[]; deals: AsOfDeal[]; transitions: Transition[]; moves: AsOfMove[] };

/** String ↔ small integer; 0 stands for null. */
class Dict {
  readonly values: (string | null)[] = [null];
  private readonly map = new Map<string, number>();
  idOf(v: string | null): number {
    if (v === null) return 0;
    let i = this.map.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.map.set(v, i);
    }
    return i;
  }
  find(v: string): number | undefined {
    return this.map.get(v);
  }
}

function grow<T extends Float64Array | Int32Array | Uint8Array | Uint16Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2, 1024));
  b.set(a);
  return b;
}

/** Exact running sum of integer cents: a Number while it is safe, spilled into a BigInt. */
class CentsSum {
  private small = 0;
  private big = 0n;
  add(c: number) {
    const s = this.small + c;
    if (Math.abs(s) <= Number.MAX_SAFE_INTEGER) this.small = s;
    else {
      this.big += BigInt(this.small);
      this.small = c;
    }
  }
  text(): string {
    return centsText(this.big + BigInt(this.small));
  }
}

export class AsOfIndex {
  private n = 0;
  private ids: string[] = [];
  private readonly byId = new Map<string, number>();
  private amount = new Float64Array(0); // cents; NaN = no amount
  private state = new Uint8Array(0);
  private scope = new Uint8Array(0);
  private country = new Uint16Array(0);
  private category = new Int32Array(0);
  private region = new Int32Array(0);
  private owner = new Int32Array(0);
  private closeDay = new Int32Array(0);
  private readonly countries = new Dict();
  private readonly categories = new Dict();
  private readonly regions = new Dict();
  private readonly owners = new Dict();

  private m = 0;
  private chDeal = new Int32Array(0);
  private chAt = new Float64Array(0);
  private chFrom = new Uint8Array(0);

  // scratch buffers reused by compute()
  private firstAt = new Float64Array(0);
  private firstFrom = new Uint8Array(0);

  get dealCount() {
    return this.n;
  }
  get changeCount() {
    return this.m;
  }
  has(id: string) {
    return this.byId.has(id);
  }

  /** Add an opportunity, or replace the attributes of one already held. */
  upsertDeal(d: IndexDeal): void {
    let i = this.byId.get(d.id);
    if (i === undefined) {
      i = this.n++;
      this.ids.push(d.id);
      this.byId.set(d.id, i);
      const need = this.n;
      this.amount = grow(this.amount, need, (k) => new Float64Array(k));
      this.state = grow(this.state, need, (k) => new Uint8Array(k));
      this.scope = grow(this.scope, need, (k) => new Uint8Array(k));
      this.country = grow(this.country, need, (k) => new Uint16Array(k));
      this.category = grow(this.category, need, (k) => new Int32Array(k));
      this.region = grow(this.region, need, (k) => new Int32Array(k));
      this.owner = grow(this.owner, need, (k) => new Int32Array(k));
      this.closeDay = grow(this.closeDay, need, (k) => new Int32Array(k));
    }
    const cents = toCents(d.amount);
    this.amount[i] = cents === null ? NaN : cents;
    this.state[i] = stateCode(d.tier, d.outcome);
    this.scope[i] = d.scope === 'OVERSEAS' ? 1 : 0;
    const c = this.countries.idOf(d.country);
    if (c > 0xffff) throw new Error('too many countries');
    this.country[i] = c;
    this.category[i] = this.categories.idOf(d.categoryId);
    this.region[i] = this.regions.idOf(d.regionId);
    this.owner[i] = this.owners.idOf(d.ownerId);
    this.closeDay[i] = dayNumber(d.expectedCloseDate);
  }

  /** Record one tier change; false when its opportunity is not held (the caller reloads). */
  addChange(c: IndexChange): boolean {
    const d = this.byId.get(c.opportunityId);
    if (d === undefined) return false;
    const j = this.m++;
    this.chDeal = grow(this.chDeal, this.m, (k) => new Int32Array(k));
    this.chAt = grow(this.chAt, this.m, (k) => new Float64Array(k));
    this.chFrom = grow(this.chFrom, this.m, (k) => new Uint8Array(k));
    this.chDeal[j] = d;
    this.chAt[j] = c.changedAtMs;
    this.chFrom[j] = stateCode(c.fromTier, c.fromOutcome);
    return true;
  }

  /** The as-of matrix at `asOfMs`, its k largest deals per cell, and the movement from then to now. */
  compute(input: { asOfMs: number; grouping: ReportGrouping; filters: IndexFilters; k: number; moveLimit: number }): AsOfResult {
    const { asOfMs, grouping, filters, k, moveLimit } = input;
    const n = this.n;

    // 1. the first change after T of each deal: its from-state is the deal's state at T
    if (this.firstAt.length < n) {
      this.firstAt = new Float64Array(this.amount.length);
      this.firstFrom = new Uint8Array(this.amount.length);
    }
    const firstAt = this.firstAt;
    const firstFrom = this.firstFrom;
    firstAt.fill(Infinity, 0, n);
    const { chDeal, chAt, chFrom } = this;
    for (let j = 0; j < this.m; j++) {
      const at = chAt[j]!;
      if (at > asOfMs) {
        const d = chDeal[j]!;
        if (at < firstAt[d]!) {
          firstAt[d] = at;
          firstFrom[d] = chFrom[j]!;
        }
      }
    }

    // 2. filters as dictionary ids
    let ownerMask: Uint8Array | null = null;
    if (filters.ownerIds) {
      ownerMask = new Uint8Array(this.owners.values.length);
      for (const o of filters.ownerIds) {
        const i = this.owners.find(o);
        if (i !== undefined) ownerMask[i] = 1;
      }
    }
    const categoryFilter = filters.categoryId === null ? -1 : (this.categories.find(filters.categoryId) ?? -2);
    const fromDay = filters.from === null ? null : dayNumber(filters.from);
    const toDay = filters.to === null ? null : dayNumber(filters.to);

    const groupOf = grouping === 'country' ? this.country : grouping === 'category' ? this.category : this.region;
    const dict = grouping === 'country' ? this.countries : grouping === 'category' ? this.categories : this.regions;
    const G = dict.values.length;
    const cellCount = STATES * 2 * G;
    const counts = new Float64Array(cellCount);
    const sums: (CentsSum | undefined)[] = new Array(cellCount);
    const tops: (number[] | undefined)[] = new Array(cellCount);
    const tCounts = new Float64Array(STATES * STATES);
    const tSums: (CentsSum | undefined)[] = new Array(STATES * STATES);
    const moves: number[] = [];
    const amount = this.amount;
    const ids = this.ids;

    // larger amount first, no amount last, then id: a total order, so both paths agree on ties
    const before = (a: number, b: number) => {
      const x = amount[a]!;
      const y = amount[b]!;
      if (x !== y) {
        if (Number.isNaN(x)) return false;
        if (Number.isNaN(y)) return true;
        return x > y;
      }
      if (Number.isNaN(x) !== Number.isNaN(y)) return !Number.isNaN(x);
      return ids[a]! < ids[b]!;
    };
    const pushTop = (list: number[], i: number, limit: number) => {
      if (list.length === limit && !before(i, list[limit - 1]!)) return;
      let p = list.length === limit ? limit - 1 : list.length;
      while (p > 0 && before(i, list[p - 1]!)) {
        list[p] = list[p - 1]!;
        p--;
      }
      list[p] = i;
    };

    for (let i = 0; i < n; i++) {
      if (ownerMask && !ownerMask[this.owner[i]!]) continue;
      if (categoryFilter !== -1 && this.category[i] !== categoryFilter) continue;
      if (fromDay !== null || toDay !== null) {
        const day = this.closeDay[i]!;
        if (day === NO_DAY || (fromDay !== null && day < fromDay) || (toDay !== null && day > toDay)) continue;
      }
      const now = this.state[i]!;
      const then = firstAt[i] === Infinity ? now : firstFrom[i]!;
      const cents = amount[i]!;
      if (then !== 0) {
        const cell = (then * 2 + this.scope[i]!) * G + groupOf[i]!;
        counts[cell]!++;
        if (!Number.isNaN(cents)) (sums[cell] ??= new CentsSum()).add(cents);
        if (k > 0) pushTop((tops[cell] ??= []), i, k);
      }
      if (then !== now || firstAt[i] !== Infinity) {
        const t = then * STATES + now;
        tCounts[t]!++;
        if (!Number.isNaN(cents)) (tSums[t] ??= new CentsSum()).add(cents);
        if (then !== now && moveLimit > 0) pushTop(moves, i, moveLimit);
      }
    }

    const out: AsOfResult = { aggregates: [], deals: [], transitions: [], moves: [] };
    const amountText = (i: number) => (Number.isNaN(amount[i]!) ? null : centsText(BigInt(amount[i]!)));
    for (let cell = 0; cell < cellCount; cell++) {
      if (!counts[cell]) continue;
      const g = cell % G;
      const rest = (cell - g) / G;
      const s = rest % 2;
      const { tier, outcome } = stateOfCode((rest - s) / 2)!;
      const base = { outcome, tier, scope: SCOPE_LIST[s]!, key: dict.values[g]! };
      out.aggregates.push({ ...base, count: counts[cell]!, amount: sums[cell]?.text() ?? '0.00' });
      for (const i of tops[cell] ?? []) out.deals.push({ ...base, id: ids[i]!, amount: amountText(i) });
    }
    for (let t = 0; t < STATES * STATES; t++) {
      if (!tCounts[t]) continue;
      const from = stateOfCode(Math.floor(t / STATES));
      const to = stateOfCode(t % STATES)!;
      out.transitions.push({
        fromTier: from?.tier ?? null,
        fromOutcome: from?.outcome ?? null,
        toTier: to.tier,
        toOutcome: to.outcome,
        count: tCounts[t]!,
        amount: tSums[t]?.text() ?? '0.00',
      });
    }
    for (const i of moves) {
      const then = firstAt[i] === Infinity ? this.state[i]! : firstFrom[i]!;
      const from = stateOfCode(then);
      const to = stateOfCode(this.state[i]!)!;
      out.moves.push({
        id: ids[i]!,
        amount: amountText(i),
        fromTier: from?.tier ?? null,
        fromOutcome: from?.outcome ?? null,
        toTier: to.tier,
        toOutcome: to.outcome,
      });
    }
    return out;
  }
}
