import 'server-only';
import type pg from 'pg';
import { AsOfIndex, type AsOfResult, type IndexFilters } from '@/lib/domain/reports/as-of-index';
import type { ReportGrouping, Scope } from '@/lib/domain/reports/matrix';
import type { Outcome } from '@/lib/domain/tiers/tiers';

// Keeps an AsOfIndex (lib/domain/reports/as-of-index.ts) in step with PostgreSQL, per pool
// (ADR 007). Always fresh: every as-of report first reads what changed since the last read.
//
// How "what changed" is found without missing a concurrent commit: "Opportunity" and
// "TierChange" rows carry "syncXid", the id of the transaction that last wrote them (a column
// default and a BEFORE UPDATE trigger — migration 20261127060000_as_of_cache). Each refresh runs
// in one REPEATABLE READ snapshot S, reads the rows with syncXid ≥ the previous snapshot's xmin,
// then remembers xmin(S): every transaction whose rows S could not see is still running at S or
// starts after it, so its id is ≥ xmin(S) and the next refresh reads its rows. Re-read
// opportunities are idempotent upserts; re-read tier changes are skipped by id (ids are kept
// only while they can still be re-read). A DELETE or TRUNCATE of "Opportunity" (never done by
// the app; the test harness truncates) writes a new random "ReportCacheEpoch": a different
// epoch means a full reload.

type State = { index: AsOfIndex; xmin: bigint; epoch: string; recent: Map<string, bigint> };

const BATCH = 50_000;
const RETRY_AFTER_MS = 5 * 60_000;
const OPP_COLS = `o.id::text, o.amount::text, o.tier, o.outcome::text, o."regionScope"::text, o.country, o."businessCategoryId"::text,
  o."salesRegionId"::text, o."ownerId"::text, o."expectedCloseDate"::text`;
const CHANGE_COLS = (xminParam: string) =>
  `tc."opportunityId"::text, (extract(epoch FROM tc."changedAt") * 1000)::float8, tc."fromTier", tc."fromOutcome"::text,
   CASE WHEN tc."syncXid" >= ${xminParam} THEN tc.id::text END, CASE WHEN tc."syncXid" >= ${xminParam} THEN tc."syncXid"::text END`;

type OppRow = [string, string | null, number, string, string, string, string | null, string | null, string, string | null];
type ChangeRow = [string, number, number | null, string | null, string | null, string | null];

const toDeal = (r: OppRow) => ({
  id: r[0],
  amount: r[1],
  tier: r[2],
  outcome: r[3] as Outcome,
  scope: r[4] as Scope,
  country: r[5],
  categoryId: r[6],
  regionId: r[7],
  ownerId: r[8],
  expectedCloseDate: r[9],
});

class ReloadNeeded extends Error {}

export class AsOfCache {
  private state: State | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private loading: Promise<void> | null = null;
  private failedAt = 0;
  /** what the last refresh read (for the benchmark and tests) */
  lastRefresh = { full: false, opportunities: 0, changes: 0, ms: 0 };

  constructor(private readonly pool: pg.Pool) {}

  get loaded() {
    return this.state !== null;
  }

  /** Start the first load if needed; resolve true when the index is ready within `waitMs`. */
  async ready(waitMs: number): Promise<boolean> {
    if (this.state) return true;
    // a load that failed (say, an amount past 2^53 cents) is not retried on every request
    if (this.failedAt && Date.now() - this.failedAt < RETRY_AFTER_MS) return false;
    this.loading ??= this.serial(() => this.refresh())
      .then(() => (this.failedAt = 0))
      .catch((e) => {
        this.failedAt = Date.now();
        throw e;
      })
      .finally(() => (this.loading = null))
      .then(() => undefined);
    const timer = new Promise<false>((r) => setTimeout(() => r(false), waitMs).unref?.());
    return Promise.race([this.loading.then(() => true), timer]);
  }

  /** Refresh from the database, then compute — the two serialised so a concurrent refresh cannot interleave. */
  async compute(input: {
    asOfMs: number;
    grouping: ReportGrouping;
    filters: IndexFilters;
    k: number;
    moveLimit: number;
  }): Promise<AsOfResult> {
    return this.serial(async () => {
      await this.refresh();
      return this.state!.index.compute(input);
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<void> {
    const t0 = performance.now();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query(
        `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, COALESCE((SELECT epoch::text FROM "ReportCacheEpoch" WHERE id = 1), 'none') AS epoch`,
      );
      const xmin = BigInt(rows[0].xmin);
      const epoch: string = rows[0].epoch;
      const prev = this.state;
      if (prev && prev.epoch === epoch) {
        try {
          await this.applySince(client, prev, xmin);
          prev.xmin = xmin;
          for (const [id, x] of prev.recent) if (x < xmin) prev.recent.delete(id);
        } catch (e) {
          if (!(e instanceof ReloadNeeded)) throw e;
          this.state = await this.loadAll(client, xmin, epoch);
        }
      } else {
        this.state = null;
        this.state = await this.loadAll(client, xmin, epoch);
      }
      await client.query('COMMIT');
      this.lastRefresh.ms = performance.now() - t0;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private async applySince(client: pg.PoolClient, s: State, xmin: bigint) {
    const since = s.xmin.toString();
    const opps = await client.query<OppRow>({
      text: `SELECT ${OPP_COLS} FROM "Opportunity" o WHERE o."syncXid" >= $1::bigint`,
      values: [since],
      rowMode: 'array',
    });
    for (const r of opps.rows) s.index.upsertDeal(toDeal(r));
    const changes = await client.query<ChangeRow>({
      text: `SELECT ${CHANGE_COLS('$1::bigint')} FROM "TierChange" tc WHERE tc."syncXid" >= $1::bigint`,
      values: [since],
      rowMode: 'array',
    });
    let added = 0;
    for (const r of changes.rows) {
      const id = r[4]!;
      if (s.recent.has(id)) continue;
      if (!s.index.addChange({ opportunityId: r[0], changedAtMs: r[1], fromTier: r[2], fromOutcome: r[3] as Outcome | null }))
        throw new ReloadNeeded();
      added++;
      const x = BigInt(r[5]!);
      if (x >= xmin) s.recent.set(id, x);
    }
    this.lastRefresh = { full: false, opportunities: opps.rows.length, changes: added, ms: 0 };
  }

  /** Read everything through cursors (bounded memory), inside the caller's snapshot. */
  private async loadAll(client: pg.PoolClient, xmin: bigint, epoch: string): Promise<State> {
    const index = new AsOfIndex();
    const recent = new Map<string, bigint>();
    await client.query(`DECLARE tl_opp NO SCROLL CURSOR FOR SELECT ${OPP_COLS} FROM "Opportunity" o`);
    for (;;) {
      const { rows } = await client.query<OppRow>({ text: `FETCH ${BATCH} FROM tl_opp`, rowMode: 'array' });
      for (const r of rows) index.upsertDeal(toDeal(r));
      if (rows.length < BATCH) break;
    }
    await client.query(`CLOSE tl_opp`);
    await client.query({ text: `DECLARE tl_tc NO SCROLL CURSOR FOR SELECT ${CHANGE_COLS(`${xmin}::bigint`)} FROM "TierChange" tc` });
    for (;;) {
      const { rows } = await client.query<ChangeRow>({ text: `FETCH ${BATCH} FROM tl_tc`, rowMode: 'array' });
      for (const r of rows) {
        if (!index.addChange({ opportunityId: r[0], changedAtMs: r[1], fromTier: r[2], fromOutcome: r[3] as Outcome | null }))
          throw new Error(`tier change of an unknown opportunity ${r[0]}`);
        if (r[4] !== null) recent.set(r[4], BigInt(r[5]!));
      }
      if (rows.length < BATCH) break;
    }
    await client.query(`CLOSE tl_tc`);
    this.lastRefresh = { full: true, opportunities: index.dealCount, changes: index.changeCount, ms: 0 };
    return { index, xmin, epoch, recent };
  }
}

const caches = new WeakMap<object, AsOfCache>();
/** The cache of a pool (one per database the process talks to). */
export function asOfCacheFor(pool: pg.Pool): AsOfCache {
  let c = caches.get(pool);
  if (!c) caches.set(pool, (c = new AsOfCache(pool)));
  return c;
}
