import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { asOfCacheFor } from '@/lib/db/queries/as-of-cache';
import { getOnePageReport, type OnePageReport } from '@/lib/server/commands/reports/one-page';
import { createAccount, createUser, sessionFor } from '../factories';

// The in-memory as-of index (ADR 007) against the SQL path, on a random history; then its
// freshness: every write before a report — including one committed by a transaction that was
// still open during the previous refresh — is in that report.

const NOW = new Date('2026-11-27T03:00:00Z');
const DAY = 86_400_000;
let exec: Awaited<ReturnType<typeof createUser>>;
let reps: string[];
let cats: string[];
let regions: string[];
let accountId: string;

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` deals with 1–6 tier changes each over the 200 days before NOW; unique amounts (no ties). */
async function randomHistory(n: number, seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const opps: unknown[][] = [];
  const changes: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const id = crypto.randomUUID();
    let t = NOW.getTime() - Math.floor(r() * 200) * DAY - Math.floor(r() * DAY);
    let state: [number, string] = [pick([4, 4, 4, 3, 2]), 'OPEN'];
    const steps: [number, number | null, string | null, number, string][] = [[t, null, null, state[0], 'OPEN']];
    const moves = Math.floor(r() * 6);
    for (let m = 0; m < moves && state[0] !== 0; m++) {
      t += Math.floor(r() * 30 * DAY) + 1000;
      if (t > NOW.getTime()) break;
      const x = r();
      const next: [number, string] =
        x < 0.15
          ? [0, pick(['WON', 'LOST', 'NO_BID', 'DROPPED'])]
          : x < 0.7
            ? [Math.max(1, state[0] - 1), 'OPEN']
            : [Math.min(4, state[0] + 1), 'OPEN'];
      steps.push([t, state[0], state[1], next[0], next[1]]);
      state = next;
    }
    const overseas = r() < 0.3;
    opps.push([
      id,
      `deal ${i}`,
      `${1_000_000 + i * 7919}.${String(i % 100).padStart(2, '0')}`,
      state[0],
      state[1],
      state[0] === 0 ? (steps[steps.length - 2]?.[3] ?? 4) : null,
      overseas ? 'OVERSEAS' : 'DOMESTIC',
      overseas ? pick(['VN', 'US', 'SA']) : 'KR',
      r() < 0.8 ? pick(cats) : null,
      r() < 0.8 ? pick(regions) : null,
      pick(reps),
      r() < 0.7 ? new Date(NOW.getTime() + Math.floor((r() - 0.5) * 180) * DAY).toISOString().slice(0, 10) : null,
    ]);
    for (const [at, ft, fo, tt, to] of steps) changes.push([id, ft, fo, tt, to, new Date(at).toISOString()]);
  }
  const col = (rows: unknown[][], i: number) => rows.map((x) => x[i]);
  await pgPool.query(
    `INSERT INTO "Opportunity" (id, name, amount, tier, outcome, "lastOpenTier", "regionScope", country, "businessCategoryId", "salesRegionId", "ownerId", "expectedCloseDate", "accountId", "updatedAt")
     SELECT u.*, $13::uuid, now() FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::smallint[], $5::"Outcome"[], $6::smallint[], $7::"RegionScope"[], $8::varchar[],
                                    $9::uuid[], $10::uuid[], $11::uuid[], $12::date[]) AS u`,
    [...Array.from({ length: 12 }, (_, i) => col(opps, i)), accountId],
  );
  await pgPool.query(
    `INSERT INTO "TierChange" ("opportunityId", "fromTier", "fromOutcome", "toTier", "toOutcome", "changedAt")
     SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::"Outcome"[], $4::smallint[], $5::"Outcome"[], $6::timestamptz[])`,
    Array.from({ length: 6 }, (_, i) => col(changes, i)),
  );
}

const report = (q: Record<string, string>, asOfEngine: 'auto' | 'sql' = 'auto') =>
  getOnePageReport(pgPool, sessionFor(exec), q, { now: NOW, locale: 'ko', asOfEngine });
/** Everything but where it came from. */
const body = (r: OnePageReport) => ({ matrix: r.matrix, movement: r.movement, emptyReason: r.emptyReason });

beforeEach(async () => {
  exec = await createUser({ roles: ['EXECUTIVE'] });
  const mgr = await createUser({ roles: ['SALES_MANAGER'] });
  reps = [mgr.id, (await createUser({ roles: ['SALES_REP'], managerId: mgr.id })).id, (await createUser({ roles: ['SALES_REP'] })).id];
  cats = [];
  for (const [i, code] of ['SI', 'CL', 'SEC'].entries())
    cats.push((await db.businessCategory.create({ data: { code, nameKo: code, nameEn: code, sortOrder: i } })).id);
  regions = [];
  for (const [i, code] of ['SEOUL', 'BUSAN'].entries())
    regions.push((await db.salesRegion.create({ data: { code, nameKo: code, nameEn: code, sortOrder: i, scope: 'DOMESTIC' } })).id);
  accountId = (await createAccount()).id;
});

describe('the index answers exactly what the SQL path answers', () => {
  test('random history: every grouping × dates × filters, matrix (cells, sums, largest deals) and movement', async () => {
    await randomHistory(400, 7);
    const dates = ['2026-05-20', '2026-08-01', '2026-10-15', '2026-11-20', '2026-11-27'];
    const filters: Record<string, string>[] = [
      {},
      { team: reps[0]! },
      { owner: reps[2]! },
      { category: cats[1]! },
      { from: '2026-11-01', to: '2027-01-31' },
    ];
    let compared = 0;
    for (const rows of ['country', 'category', 'region']) {
      for (const asOf of dates) {
        for (const f of filters) {
          const q = { rows, asOf, ...f };
          const [viaIndex, viaSql] = [await report(q), await report(q, 'sql')];
          expect(viaIndex.source).toBe('index');
          expect(viaSql.source).not.toBe('index');
          expect(body(viaIndex), JSON.stringify(q)).toEqual(body(viaSql));
          compared++;
        }
      }
    }
    expect(compared).toBe(75);
    // not vacuous: the history moves, and the dates see different pipelines
    const early = await report({ rows: 'country', asOf: '2026-08-01' });
    expect(early.movement!.summary.up.count + early.movement!.summary.won.count).toBeGreaterThan(20);
    expect(early.matrix.grandTotal.count).toBeLessThan((await report({ rows: 'country' })).matrix.grandTotal.count);
  });
});

describe('freshness', () => {
  test('edits, moves and new deals after the index loaded are in the next report', async () => {
    await randomHistory(60, 11);
    const q = { rows: 'category', asOf: '2026-10-01' };
    expect(body(await report(q))).toEqual(body(await report(q, 'sql')));
    expect(asOfCacheFor(pgPool).loaded).toBe(true);

    const { rows } = await pgPool.query(`SELECT id FROM "Opportunity" WHERE outcome = 'OPEN' ORDER BY amount DESC LIMIT 3`);
    const [a, b, c] = rows.map((r) => r.id as string);
    // an amount and category edit, a tier move with its history row, a back-dated change, a new deal
    await db.opportunity.update({ where: { id: a! }, data: { amount: '123456789.12', businessCategoryId: cats[2]! } });
    await db.$transaction([
      db.opportunity.update({ where: { id: b! }, data: { tier: 0, outcome: 'WON', lastOpenTier: 2 } }),
      db.tierChange.create({
        data: {
          opportunityId: b!,
          fromTier: 2,
          fromOutcome: 'OPEN',
          toTier: 0,
          toOutcome: 'WON',
          changedAt: new Date('2026-11-26T01:00:00Z'),
        },
      }),
    ]);
    await db.tierChange.create({
      data: {
        opportunityId: c!,
        fromTier: 4,
        fromOutcome: 'OPEN',
        toTier: 4,
        toOutcome: 'OPEN',
        changedAt: new Date('2026-09-20T01:00:00Z'),
      },
    });
    const fresh = await db.opportunity.create({
      data: { name: 'fresh deal', accountId, ownerId: reps[1]!, amount: '999', tier: 3, businessCategoryId: cats[0]! },
    });
    await db.tierChange.create({
      data: { opportunityId: fresh.id, fromTier: null, toTier: 3, toOutcome: 'OPEN', changedAt: new Date('2026-11-25T01:00:00Z') },
    });

    const after = await report(q);
    // an incremental read: the 3 new changes (b, c, fresh) exactly once; at least the 3 written deals (a, b, fresh) —
    // more when another transaction on the server (a parallel test file) held the snapshot's xmin back, which is harmless
    const refreshed = asOfCacheFor(pgPool).lastRefresh;
    expect(refreshed).toMatchObject({ full: false, changes: 3 });
    expect(refreshed.opportunities).toBeGreaterThanOrEqual(3);
    expect(body(after)).toEqual(body(await report(q, 'sql')));
    expect(after.movement!.moves.find((m) => m.id === fresh.id)).toMatchObject({ kind: 'new', name: 'fresh deal' });
  });

  test('a change committed by a transaction that was open during a refresh is not missed', async () => {
    await randomHistory(30, 3);
    const q = { rows: 'country', asOf: '2026-11-01' };
    await report(q); // loaded
    const { rows } = await pgPool.query(`SELECT id, tier FROM "Opportunity" WHERE outcome = 'OPEN' ORDER BY amount DESC LIMIT 1`);
    const { id, tier } = rows[0];
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      // the writer gets its transaction id first, then a report refreshes while it is open
      await writer.query(`UPDATE "Opportunity" SET tier = 0, outcome = 'LOST', "lastOpenTier" = tier WHERE id = $1`, [id]);
      await writer.query(
        `INSERT INTO "TierChange" ("opportunityId", "fromTier", "fromOutcome", "toTier", "toOutcome", "changedAt") VALUES ($1, $2, 'OPEN', 0, 'LOST', now())`,
        [id, tier],
      );
      const during = await report(q);
      expect(during.movement!.moves.some((m) => m.id === id && m.kind === 'lost')).toBe(false);
      expect(body(during)).toEqual(body(await report(q, 'sql')));
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    const afterCommit = await report(q);
    expect(afterCommit.movement!.moves.some((m) => m.id === id && m.kind === 'lost')).toBe(true);
    expect(body(afterCommit)).toEqual(body(await report(q, 'sql')));
  });

  test('a delete (or the harness truncating) replaces the epoch: the index reloads in full', async () => {
    await randomHistory(20, 5);
    const q = { rows: 'region', asOf: '2026-11-10' };
    await report(q);
    const { rows } = await pgPool.query(`SELECT o.id FROM "Opportunity" o ORDER BY amount LIMIT 1`);
    await db.opportunity.delete({ where: { id: rows[0].id } });
    const r = await report(q);
    expect(asOfCacheFor(pgPool).lastRefresh.full).toBe(true);
    expect(body(r)).toEqual(body(await report(q, 'sql')));
  });
});

describe('load', () => {
  let other: pg.Pool;
  beforeAll(() => {
    other = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  });
  afterAll(() => other.end());

  test('a new pool loads everything once, then reads only what changed', async () => {
    await randomHistory(120, 13);
    const cache = asOfCacheFor(other);
    expect(cache.loaded).toBe(false);
    expect(await cache.ready(10_000)).toBe(true);
    const { rows } = await other.query(
      `SELECT (SELECT count(*) FROM "Opportunity")::int AS o, (SELECT count(*) FROM "TierChange")::int AS c`,
    );
    expect(cache.lastRefresh).toMatchObject({ full: true, opportunities: rows[0].o, changes: rows[0].c });
    await cache.compute({
      asOfMs: Date.parse('2026-11-01T15:00:00Z'),
      grouping: 'country',
      filters: { ownerIds: null, categoryId: null, from: null, to: null },
      k: 5,
      moveLimit: 30,
    });
    // nothing new: no change applied (deals re-read only while an older transaction holds xmin back)
    expect(cache.lastRefresh).toMatchObject({ full: false, changes: 0 });
    expect(cache.lastRefresh.opportunities).toBeLessThanOrEqual(rows[0].o);
  });
});
