import 'server-only';
import type pg from 'pg';
import type { ReportColumn, ReportGrouping, Scope } from '@/lib/domain/reports/matrix';
import type { MovedDeal, Transition } from '@/lib/domain/reports/movement';
import type { Outcome } from '@/lib/domain/tiers/tiers';

// SQL of the one-page report and the dashboard (raw pg: these are the hot paths).
//
// Current report, no owner/period filter: aggregates come from "ReportSummary" (a few hundred
// rows, kept fresh by a trigger on "Opportunity" — migration 20261127030000_report_summary);
// with an owner/team or period filter they are a GROUP BY over the filtered opportunities
// (indexes on ownerId / expectedCloseDate). The largest deals of each cell are a LIMIT-k scan
// per cell on (outcome, tier, regionScope, <row key>, amount DESC).
//
// As-of report: an opportunity's state at T is the toTier/toOutcome of its latest TierChange
// with changedAt ≤ T — equivalently the fromTier/fromOutcome of its first change after T, and
// its current state when nothing changed after T. So the as-of matrix = current matrix − the
// opportunities changed after T (at their current cells) + the same ones at their T cells
// (none if created after T). Only changes after T are read (TierChange(changedAt) index).
// Row attributes (category, country, region, owner, amount) are today's: history records tiers.

import type { Queryable } from '@/lib/db/queryable';
export type { Queryable };
export type ReportFilters = {
  ownerIds: string[] | null;
  categoryId: string | null;
  from: string | null; // expected close date, inclusive
  to: string | null;
};
export type AggRow = { outcome: Outcome; tier: number; scope: Scope; key: string | null; count: number; amount: string };
export type DealRowSql = AggRow & { id: string; name: string; dealAmount: string | null };

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const KEY_COL: Record<ReportGrouping, { col: string; type: string }> = {
  country: { col: 'country', type: 'varchar' },
  category: { col: 'businessCategoryId', type: 'uuid' },
  region: { col: 'salesRegionId', type: 'uuid' },
};

export const columnOf = (tier: number, outcome: Outcome): ReportColumn =>
  tier === 0 ? (outcome as ReportColumn) : (String(tier) as ReportColumn);

/** WHERE fragment on alias `o` for the filters; parameters start at $start. */
function filterSql(f: ReportFilters, start: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${start + params.length - 1}`;
  };
  if (f.ownerIds) parts.push(`o."ownerId" = ANY(${p(f.ownerIds)}::uuid[])`);
  if (f.categoryId) parts.push(`o."businessCategoryId" = ${p(f.categoryId)}::uuid`);
  if (f.from) parts.push(`o."expectedCloseDate" >= ${p(f.from)}::date`);
  if (f.to) parts.push(`o."expectedCloseDate" <= ${p(f.to)}::date`);
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

export const canUseSummary = (f: ReportFilters) => !f.ownerIds && !f.from && !f.to;

const toAgg = (r: {
  outcome: Outcome;
  tier: number;
  scope: Scope;
  key: string | null;
  count: string | number;
  amount: string;
}): AggRow => ({
  outcome: r.outcome,
  tier: Number(r.tier),
  scope: r.scope,
  key: r.key,
  count: Number(r.count),
  amount: r.amount,
});

/** Current count and sum per cell. */
export async function currentAggregates(q: Queryable, grouping: ReportGrouping, f: ReportFilters): Promise<AggRow[]> {
  const { col } = KEY_COL[grouping];
  if (canUseSummary(f)) {
    const keyExpr = grouping === 'country' ? `s.country` : `NULLIF(s."${col}", '${ZERO_UUID}'::uuid)::text`;
    const { rows } = await q.query(
      `SELECT s.outcome, s.tier, s."regionScope" AS scope, ${keyExpr} AS key, sum(s.count)::bigint AS count, sum(s.amount)::text AS amount
         FROM "ReportSummary" s
        WHERE s.count <> 0 ${f.categoryId ? `AND s."businessCategoryId" = $1::uuid` : ''}
        GROUP BY 1, 2, 3, 4`,
      f.categoryId ? [f.categoryId] : [],
    );
    return rows.map(toAgg).filter((r) => r.count !== 0);
  }
  const w = filterSql(f, 1);
  const { rows } = await q.query(
    `SELECT o.outcome, o.tier, o."regionScope" AS scope, o."${col}"::text AS key, count(*)::bigint AS count, COALESCE(sum(o.amount), 0)::text AS amount
       FROM "Opportunity" o WHERE ${w.sql} GROUP BY 1, 2, 3, 4`,
    w.params,
  );
  return rows.map(toAgg);
}

/**
 * The k largest deals of each listed cell (and up to k deals without an amount, so small cells
 * still name them). With `excludeChangedAfter`, deals changed after that instant are skipped
 * (the as-of report lists those from their history instead).
 */
export async function topDeals(
  q: Queryable,
  grouping: ReportGrouping,
  f: ReportFilters,
  cells: readonly { outcome: Outcome; tier: number; scope: Scope; key: string | null }[],
  k: number,
  excludeChangedAfter: Date | null = null,
): Promise<DealRowSql[]> {
  if (!cells.length || k <= 0) return [];
  const { col, type } = KEY_COL[grouping];
  const out: DealRowSql[] = [];
  for (const nullKey of [false, true]) {
    const mine = cells.filter((c) => (c.key === null) === nullKey);
    if (!mine.length) continue;
    const w = filterSql(f, 6);
    const base = 5 + w.params.length + 1;
    const exclude = excludeChangedAfter
      ? `AND NOT EXISTS (SELECT 1 FROM "TierChange" tc WHERE tc."opportunityId" = o.id AND tc."changedAt" > $${base}::timestamptz)`
      : '';
    // ORDER BY the key column too: with "key IS NULL" (not an equality to the planner) that keeps
    // the (outcome, tier, regionScope, key, amount DESC) index order usable — 400 ms → 4 ms a cell at 1M
    const keyCond = nullKey ? `o."${col}" IS NULL` : `o."${col}" = c.key::${type}`;
    const where = `o.outcome = c.outcome AND o.tier = c.tier AND o."regionScope" = c.scope AND ${keyCond} AND ${w.sql} ${exclude}`;
    const { rows } = await q.query(
      `SELECT c.outcome, c.tier, c.scope, c.key, d.id, d.name, d.amount::text AS "dealAmount"
         FROM unnest($1::"Outcome"[], $2::smallint[], $3::"RegionScope"[], $4::text[]) AS c(outcome, tier, scope, key)
         CROSS JOIN LATERAL (
           (SELECT o.id, o.name, o.amount FROM "Opportunity" o WHERE ${where} AND o.amount IS NOT NULL ORDER BY o."${col}", o.amount DESC LIMIT $5)
           UNION ALL
           (SELECT o.id, o.name, o.amount FROM "Opportunity" o WHERE ${where} AND o.amount IS NULL LIMIT $5)
         ) d`,
      [
        mine.map((c) => c.outcome),
        mine.map((c) => c.tier),
        mine.map((c) => c.scope),
        mine.map((c) => c.key),
        k,
        ...w.params,
        ...(excludeChangedAfter ? [excludeChangedAfter] : []),
      ],
    );
    for (const r of rows) out.push({ ...toAgg({ ...r, count: 0, amount: '0' }), id: r.id, name: r.name, dealAmount: r.dealAmount });
  }
  return out;
}

/** Run with a larger work_mem (sorts of a few hundred thousand changes stay in memory). */
async function withWorkMem<T>(q: Queryable, workMem: string, fn: (c: Queryable) => Promise<T>): Promise<T> {
  const pool = q as Partial<pg.Pool>;
  if (typeof pool.connect !== 'function') return fn(q);
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    // one process: a parallel plan re-runs the DISTINCT ON in every worker
    await client.query(`SELECT set_config('work_mem', $1, true), set_config('max_parallel_workers_per_gather', '0', true)`, [workMem]);
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

const CHANGED_CTE = (w: { sql: string }, col: string) => `
  changed AS (
    SELECT DISTINCT ON (tc."opportunityId") tc."opportunityId" AS id, tc."fromTier" AS from_tier,
           CASE WHEN tc."fromTier" IS NOT NULL THEN COALESCE(tc."fromOutcome", CASE WHEN tc."fromTier" = 0 THEN 'LOST' ELSE 'OPEN' END::"Outcome") END AS from_outcome
      FROM "TierChange" tc WHERE tc."changedAt" > $1::timestamptz
     ORDER BY tc."opportunityId", tc."changedAt"
  ),
  moved AS (
    SELECT o.id, o.name, o.amount, o.outcome, o.tier, o."regionScope" AS scope, o."${col}"::text AS key, c.from_tier, c.from_outcome
      FROM changed c JOIN "Opportunity" o ON o.id = c.id WHERE ${w.sql}
  )`;

export type AsOfDelta = {
  aggregates: AggRow[]; // signed: −current cell, +as-of cell
  transitions: Transition[];
  deals: DealRowSql[]; // the k largest changed deals of each as-of cell
  moves: MovedDeal[];
};

/** Everything the as-of report and its movement need from the changes after `asOf`. */
export async function asOfDelta(
  q: Queryable,
  grouping: ReportGrouping,
  f: ReportFilters,
  asOf: Date,
  k: number,
  moveLimit: number,
): Promise<AsOfDelta> {
  const { col } = KEY_COL[grouping];
  const w = filterSql(f, 4);
  const params = [asOf, k, moveLimit, ...w.params];
  const sql = `WITH ${CHANGED_CTE(w, col)},
     agg AS (
       SELECT 'agg' AS part, outcome, tier, scope, key, -count(*)::bigint AS count, (-COALESCE(sum(amount), 0))::text AS amount,
              NULL::smallint AS from_tier, NULL::"Outcome" AS from_outcome, NULL::uuid AS id, NULL::text AS name, NULL::text AS deal_amount
         FROM moved GROUP BY outcome, tier, scope, key
       UNION ALL
       SELECT 'agg', from_outcome, from_tier, scope, key, count(*)::bigint, COALESCE(sum(amount), 0)::text, NULL, NULL, NULL, NULL, NULL
         FROM moved WHERE from_tier IS NOT NULL GROUP BY from_outcome, from_tier, scope, key
     ),
     trans AS (
       SELECT 'trans' AS part, outcome, tier, NULL::"RegionScope" AS scope, NULL::text AS key, count(*)::bigint AS count, COALESCE(sum(amount), 0)::text AS amount,
              from_tier, from_outcome, NULL::uuid AS id, NULL::text AS name, NULL::text AS deal_amount
         FROM moved GROUP BY outcome, tier, from_tier, from_outcome
     ),
     deals AS (
       SELECT 'deal' AS part, from_outcome, from_tier, scope, key, 0::bigint, '0', from_tier, from_outcome, id, name, amount::text
         FROM (SELECT m.*, row_number() OVER (PARTITION BY from_outcome, from_tier, scope, key ORDER BY amount DESC NULLS LAST, id) AS rn
                 FROM moved m WHERE from_tier IS NOT NULL) x
        WHERE rn <= $2
     ),
     moves AS (
       SELECT 'move' AS part, outcome, tier, scope, key, 0::bigint, '0', from_tier, from_outcome, id, name, amount::text
         FROM (SELECT * FROM moved WHERE from_tier IS NULL OR from_tier <> tier OR from_outcome <> outcome
               ORDER BY amount DESC NULLS LAST, id LIMIT $3) y
     )
     SELECT * FROM agg UNION ALL SELECT * FROM trans UNION ALL SELECT * FROM deals UNION ALL SELECT * FROM moves`;
  const rows = await withWorkMem(q, '128MB', (c) => c.query(sql, params).then((r) => r.rows));
  const out: AsOfDelta = { aggregates: [], transitions: [], deals: [], moves: [] };
  for (const r of rows) {
    const fromTier = r.from_tier === null ? null : Number(r.from_tier);
    if (r.part === 'agg') out.aggregates.push(toAgg(r));
    else if (r.part === 'trans')
      out.transitions.push({
        fromTier,
        fromOutcome: r.from_outcome,
        toTier: Number(r.tier),
        toOutcome: r.outcome,
        count: Number(r.count),
        amount: r.amount,
      });
    else if (r.part === 'deal')
      out.deals.push({ ...toAgg({ ...r, count: 0, amount: '0' }), id: r.id, name: r.name, dealAmount: r.deal_amount });
    else
      out.moves.push({
        id: r.id,
        name: r.name,
        amount: r.deal_amount,
        fromTier,
        fromOutcome: r.from_outcome,
        toTier: Number(r.tier),
        toOutcome: r.outcome,
      });
  }
  return out;
}

/** Current names of the listed opportunities. */
export async function dealNames(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { rows } = await q.query(`SELECT id::text, name FROM "Opportunity" WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id as string, r.name as string]));
}

/** The first recorded tier change (the report cannot go back further). */
export async function firstHistoryAt(q: Queryable): Promise<Date | null> {
  const { rows } = await q.query(`SELECT min("changedAt") AS at FROM "TierChange"`);
  return rows[0]?.at ?? null;
}

/** The owner filter: one user, or a manager and the reps who report to them. */
export async function ownerIdsFor(q: Queryable, opts: { owner?: string; team?: string }): Promise<string[] | null> {
  if (opts.owner) return [opts.owner];
  if (!opts.team) return null;
  const { rows } = await q.query(`SELECT id FROM "User" WHERE id = $1 OR "managerId" = $1`, [opts.team]);
  return rows.map((r) => r.id as string);
}

export type LabelRow = { key: string; nameKo: string; nameEn: string; sortOrder: number; scope?: Scope };
export async function categoryLabels(q: Queryable): Promise<LabelRow[]> {
  const { rows } = await q.query(
    `SELECT id AS key, "nameKo", "nameEn", "sortOrder" FROM "BusinessCategory" ORDER BY "sortOrder", "nameKo"`,
  );
  return rows;
}
export async function regionLabels(q: Queryable): Promise<LabelRow[]> {
  const { rows } = await q.query(
    `SELECT id AS key, "nameKo", "nameEn", "sortOrder", scope FROM "SalesRegion" ORDER BY "sortOrder", "nameKo"`,
  );
  return rows;
}
/** People who own deals, with their manager (for the owner/team filter). */
export async function ownerOptions(q: Queryable): Promise<{ id: string; name: string; isManager: boolean }[]> {
  const { rows } = await q.query(
    `SELECT u.id, u.name, EXISTS (SELECT 1 FROM "User" r WHERE r."managerId" = u.id) AS "isManager"
       FROM "User" u
      WHERE u."disabledAt" IS NULL AND ('SALES_REP' = ANY(u.roles) OR 'SALES_MANAGER' = ANY(u.roles))
      ORDER BY u.name LIMIT 500`,
  );
  return rows;
}

// ───────────── dashboard ─────────────

/** Tier changes per week since `since`, grouped by transition (the chart counts each change). */
export async function weeklyTransitions(q: Queryable, since: Date) {
  const { rows } = await q.query(
    `SELECT to_char(date_trunc('week', tc."changedAt" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
            tc."fromTier" AS "fromTier", tc."fromOutcome" AS "fromOutcome", tc."toTier" AS "toTier", tc."toOutcome" AS "toOutcome",
            count(*)::int AS count
       FROM "TierChange" tc WHERE tc."changedAt" >= $1 GROUP BY 1, 2, 3, 4, 5`,
    [since],
  );
  return rows.map((r) => ({
    ...r,
    fromTier: r.fromTier === null ? null : Number(r.fromTier),
    toTier: Number(r.toTier),
    amount: '0',
  })) as (Transition & { week: string })[];
}

/** Closed deals per business category and outcome (from the summary). */
export async function closedByCategory(q: Queryable) {
  const { rows } = await q.query(
    `SELECT NULLIF(s."businessCategoryId", '${ZERO_UUID}'::uuid)::text AS key, s.outcome, sum(s.count)::int AS count
       FROM "ReportSummary" s WHERE s.tier = 0 AND s.count <> 0 GROUP BY 1, 2`,
  );
  return rows as { key: string | null; outcome: Outcome; count: number }[];
}

/**
 * Open deals stalled past their tier's threshold, per rep (the SQL form of the tier engine's
 * stallStateOf: days since tierEnteredAt > threshold, unless snoozed for this tier entry).
 */
export async function stalledByRep(q: Queryable, t: { tier4: number; tier3: number; tier2: number; tier1: number }, now: Date, limit = 10) {
  const { rows } = await q.query(
    `SELECT o."ownerId" AS id, u.name, count(*)::int AS stalled, COALESCE(sum(o.amount), 0)::text AS amount
       FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId"
      WHERE o.outcome = 'OPEN'
        AND o."tierEnteredAt" <= $5::timestamptz
            - make_interval(days => 1 + CASE o.tier WHEN 4 THEN $1::int WHEN 3 THEN $2::int WHEN 2 THEN $3::int ELSE $4::int END)
        AND NOT (o."stallSnoozedAt" IS NOT NULL AND o."stallSnoozedAt" >= o."tierEnteredAt"
                 AND o."stallSnoozedUntil" >= ($5::timestamptz AT TIME ZONE 'UTC')::date)
      GROUP BY o."ownerId", u.name ORDER BY stalled DESC, u.name LIMIT $6`,
    [t.tier4, t.tier3, t.tier2, t.tier1, now, limit],
  );
  return rows as { id: string; name: string; stalled: number; amount: string }[];
}
