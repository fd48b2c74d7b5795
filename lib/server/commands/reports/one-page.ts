import 'server-only';
import type pg from 'pg';
import type { AppSession } from '@/lib/auth/session';
import {
  asOfDelta,
  canUseSummary,
  categoryLabels,
  columnOf,
  currentAggregates,
  firstHistoryAt,
  ownerIdsFor,
  regionLabels,
  topDeals,
  dealNames,
  type AggRow,
  type DealRowSql,
  type Queryable,
  type ReportFilters,
} from '@/lib/db/queries/reports';
import { asOfCacheFor, type AsOfCache } from '@/lib/db/queries/as-of-cache';
import { logger } from '@/lib/server/logger';
import { pgPool } from '@/lib/db/pg';
import { buildMatrix, type OnePageMatrix, type ReportGrouping, type RowLabel } from '@/lib/domain/reports/matrix';
import { endOfKoreanDay, koreaToday } from '@/lib/domain/time/korea';
import { formatCountry } from '@/lib/domain/format';
import { classifyMoves, summariseMovement, type ClassifiedMove, type MovementSummary } from '@/lib/domain/reports/movement';
import { reportQuerySchema, type ReportQuery } from '@/lib/validation/reports';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

// The one-page TM report (SPEC §3): the page, GET /api/v1/reports/one-page and its .xlsx/.csv
// variants all call getOnePageReport. Everyone signed in may read the whole pipeline
// ('report:read'), so there is no record-level scoping beyond the owner/team filter.

export const DEFAULT_TOP_DEALS = 5;
/**
 * The XLSX's deal list holds every deal of the report (issue 14: 5 a cell left 62 of 112): a
 * per-cell limit at Excel's row limit, i.e. no limit a workbook could hold.
 */
export const ALL_DEALS = 1_048_575;
const MOVE_LIST_LIMIT = 30;
/** how long an as-of report waits for the index's first load before answering from SQL */
const INDEX_WAIT_MS = 1_000;

/** The index's answer, or null (not loaded within INDEX_WAIT_MS, or it failed: the SQL path answers instead). */
async function fromIndex(cache: AsOfCache, input: Parameters<AsOfCache['compute']>[0]) {
  try {
    if (!(await cache.ready(INDEX_WAIT_MS))) return null;
    return await cache.compute(input);
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'as-of index unavailable; answering from SQL');
    return null;
  }
}

const asOfCacheOf = (q: Queryable) =>
  process.env.AS_OF_INDEX !== 'off' && typeof (q as Partial<pg.Pool>).connect === 'function' ? asOfCacheFor(q as pg.Pool) : null;

/** Load the app pool's index at server start (instrumentation.ts); a failure only logs. */
export async function warmAsOfIndex(): Promise<void> {
  const t = performance.now();
  try {
    const cache = asOfCacheFor(pgPool);
    if (await cache.ready(60 * 60_000))
      logger.info({ ...cache.lastRefresh, waitedMs: Math.round(performance.now() - t) }, 'as-of index loaded');
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'as-of index not loaded; as-of reports answer from SQL');
  }
}

export type OnePageReport = {
  query: ReportQuery;
  generatedAt: string;
  /** the instant the as-of matrix stands at (end of the as-of day in Korea), or null for now */
  asOfInstant: string | null;
  /** where the matrix came from: the summary table, a scan of the filtered rows, or the in-memory as-of index */
  source: 'summary' | 'scan' | 'index';
  matrix: OnePageMatrix;
  movement: { since: string; summary: MovementSummary; moves: ClassifiedMove[] } | null;
  /** why the matrix is empty, when it is */
  emptyReason: 'noDeals' | 'noDealsInPeriod' | 'noDealsForFilter' | null;
};

/** Parse the report query; a bad one is a VALIDATION error whose messages are i18n keys. */
export function parseReportQuery(raw: Record<string, unknown>): ReportQuery {
  const parsed = reportQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0]?.message ?? 'validation';
  throw new DomainError('VALIDATION', first.startsWith('reports.') ? first : 'validation', { fields: fields });
}

async function labelsFor(
  q: Queryable,
  grouping: ReportGrouping,
  locale: 'ko' | 'en',
  keys: readonly (string | null)[],
): Promise<RowLabel[]> {
  if (grouping === 'country') {
    const uniq = [...new Set(keys.filter((k): k is string => !!k))];
    const label = (k: string) => formatCountry(k, locale);
    // Korea first, then by name
    return uniq
      .map((k) => ({ key: k, label: label(k) }))
      .sort((a, b) => (a.key === 'KR' ? -1 : b.key === 'KR' ? 1 : a.label.localeCompare(b.label, locale)))
      .map((l, i) => ({ ...l, order: i }));
  }
  const rows = grouping === 'category' ? await categoryLabels(q) : await regionLabels(q);
  return rows.map((r) => ({ key: r.key, label: locale === 'en' ? r.nameEn : r.nameKo, order: r.sortOrder }));
}

const cellKey = (a: { outcome: string; tier: number; scope: string; key: string | null }) =>
  `${a.outcome}|${a.tier}|${a.scope}|${a.key ?? ''}`;

export async function getOnePageReport(
  q: Queryable,
  session: AppSession,
  raw: Record<string, unknown> | ReportQuery,
  opts: {
    now?: Date;
    locale?: 'ko' | 'en';
    topK?: number;
    /** as-of engine: the in-memory index when it is ready (the default), or always the SQL path */
    asOfEngine?: 'auto' | 'sql';
  } = {},
): Promise<OnePageReport> {
  assertCan(session, 'report:read');
  const query = parseReportQuery(raw as Record<string, unknown>);
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? session.locale;
  const topK = opts.topK ?? DEFAULT_TOP_DEALS;

  let asOf: Date | null = null;
  if (query.asOf) {
    if (query.asOf > koreaToday(now))
      throw new DomainError('VALIDATION', 'reports.errors.asOfFuture', {
        fields: [{ path: 'asOf', message: 'reports.errors.asOfFuture' }],
      });
    asOf = endOfKoreanDay(query.asOf);
    const first = await firstHistoryAt(q);
    if (!first || first > asOf) {
      const firstDay = first ? koreaToday(first) : '';
      throw new DomainError('VALIDATION', first ? 'reports.errors.asOfBeforeData' : 'reports.errors.noHistory', {
        params: { first: firstDay },
        fields: [{ path: 'asOf', message: first ? 'reports.errors.asOfBeforeData' : 'reports.errors.noHistory' }],
        details: { firstHistoryDate: firstDay || null },
      });
    }
  }

  const filters: ReportFilters = {
    ownerIds: await ownerIdsFor(q, { owner: query.owner, team: query.team }),
    categoryId: query.category ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  };
  const grouping = query.rows;

  let aggregates: AggRow[];
  let deals: DealRowSql[];
  let movement: OnePageReport['movement'] = null;
  let source: OnePageReport['source'] = canUseSummary(filters) ? 'summary' : 'scan';
  const cache = asOf && opts.asOfEngine !== 'sql' ? asOfCacheOf(q) : null;
  const indexed =
    asOf && cache ? await fromIndex(cache, { asOfMs: asOf.getTime(), grouping, filters, k: topK, moveLimit: MOVE_LIST_LIMIT }) : null;
  if (indexed) {
    // the in-memory index: the whole as-of matrix and movement in one pass (ADR 007)
    const r = indexed;
    const names = await dealNames(q, [...r.deals.map((d) => d.id), ...r.moves.map((m) => m.id)]);
    aggregates = r.aggregates;
    deals = r.deals.map((d) => ({ ...d, count: 0, amount: '0', name: names.get(d.id) ?? '', dealAmount: d.amount }));
    movement = {
      since: query.asOf!,
      summary: summariseMovement(r.transitions),
      moves: classifyMoves(r.moves.map(({ id, ...m }) => ({ id, name: names.get(id) ?? '', ...m }))),
    };
    source = 'index';
  } else {
    aggregates = await currentAggregates(q, grouping, filters);
    let extraDeals: DealRowSql[] = [];
    if (asOf) {
      const delta = await asOfDelta(q, grouping, filters, asOf, topK, MOVE_LIST_LIMIT);
      aggregates = aggregates.concat(delta.aggregates);
      extraDeals = delta.deals;
      movement = { since: query.asOf!, summary: summariseMovement(delta.transitions), moves: classifyMoves(delta.moves) };
    }
    // net count per cell (current + delta); list deals only where some remain
    const net = new Map<string, AggRow>();
    for (const a of aggregates) {
      const k = cellKey(a);
      const m = net.get(k);
      net.set(k, m ? { ...m, count: m.count + a.count } : { ...a });
    }
    const cells = [...net.values()].filter((c) => c.count > 0);
    deals = (await topDeals(q, grouping, filters, cells, topK, asOf)).concat(extraDeals);
  }

  const labels = await labelsFor(
    q,
    grouping,
    locale,
    aggregates.filter((a) => a.count > 0).map((a) => a.key),
  );
  const matrix = buildMatrix({
    grouping,
    topK,
    labels,
    aggregates: aggregates.map((a) => ({
      column: columnOf(a.tier, a.outcome),
      scope: a.scope,
      key: a.key,
      count: a.count,
      amount: a.amount,
    })),
    deals: deals.map((d) => ({
      column: columnOf(d.tier, d.outcome),
      scope: d.scope,
      key: d.key,
      id: d.id,
      name: d.name,
      amount: d.dealAmount,
    })),
  });
  const filtered = !!(filters.ownerIds || filters.categoryId);
  const emptyReason = !matrix.empty ? null : filters.from || filters.to ? 'noDealsInPeriod' : filtered ? 'noDealsForFilter' : 'noDeals';
  return {
    query,
    generatedAt: now.toISOString(),
    asOfInstant: asOf ? asOf.toISOString() : null,
    source,
    matrix,
    movement,
    emptyReason,
  };
}
