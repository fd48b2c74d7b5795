import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { getOnePageReport } from '@/lib/server/commands/reports/one-page';
import { DomainError } from '@/lib/server/errors';
import { GET as getJson } from '@/app/api/v1/reports/one-page/route';
import { GET as getXlsx } from '@/app/api/v1/reports/one-page.xlsx/route';
import { GET as getCsv } from '@/app/api/v1/reports/one-page.csv/route';
import { createAccount, createUser, sessionFor, tokenFor } from '../factories';

// A scripted six-deal history (dates in KST days; the as-of instant is the end of that day).
const NOW = new Date('2026-11-27T03:00:00Z');
const at = (d: string) => new Date(`${d}T03:00:00Z`);
type Step = [string, number | null, string | null, number, string];

let ids: Record<string, string>;
let exec: Awaited<ReturnType<typeof createUser>>;
let repA: Awaited<ReturnType<typeof createUser>>;
let manager: Awaited<ReturnType<typeof createUser>>;
let cats: { si: string; cloud: string };

async function deal(
  name: string,
  o: { ownerId: string; amount: string | null; cat: string | null; scope: 'DOMESTIC' | 'OVERSEAS'; country: string; close?: string },
  steps: Step[],
) {
  const last = steps[steps.length - 1]!;
  const account = await createAccount();
  const opp = await db.opportunity.create({
    data: {
      name,
      accountId: account.id,
      ownerId: o.ownerId,
      amount: o.amount,
      businessCategoryId: o.cat,
      regionScope: o.scope,
      country: o.country,
      tier: last[3],
      outcome: last[4] as never,
      expectedCloseDate: o.close ? new Date(`${o.close}T00:00:00Z`) : null,
      createdAt: at(steps[0]![0]),
    },
  });
  await db.tierChange.createMany({
    data: steps.map(([d, fromTier, fromOutcome, toTier, toOutcome]) => ({
      opportunityId: opp.id,
      fromTier,
      fromOutcome: fromOutcome as never,
      toTier,
      toOutcome: toOutcome as never,
      changedAt: at(d),
    })),
  });
  return opp.id;
}

beforeEach(async () => {
  manager = await createUser({ roles: ['SALES_MANAGER'], name: '김관리' });
  repA = await createUser({ roles: ['SALES_REP'], name: '이영업', managerId: manager.id });
  const repB = await createUser({ roles: ['SALES_REP'], name: '박영업' });
  exec = await createUser({ roles: ['EXECUTIVE'], name: '최임원' });
  const si = await db.businessCategory.create({ data: { code: 'SI', nameKo: 'SI 구축', nameEn: 'SI', sortOrder: 1 } });
  const cloud = await db.businessCategory.create({ data: { code: 'CL', nameKo: '=HYPERLINK("x")', nameEn: 'Cloud', sortOrder: 2 } });
  cats = { si: si.id, cloud: cloud.id };
  ids = {
    A: await deal(
      'A 차세대 구축',
      { ownerId: repA.id, amount: '1000000000.10', cat: si.id, scope: 'DOMESTIC', country: 'KR', close: '2027-01-15' },
      [
        ['2026-10-01', null, null, 4, 'OPEN'],
        ['2026-10-15', 4, 'OPEN', 3, 'OPEN'],
        ['2026-11-10', 3, 'OPEN', 2, 'OPEN'],
      ],
    ),
    B: await deal(
      'B 베트남 ERP',
      { ownerId: repB.id, amount: '500000000.05', cat: si.id, scope: 'OVERSEAS', country: 'VN', close: '2026-12-01' },
      [
        ['2026-10-01', null, null, 4, 'OPEN'],
        ['2026-11-20', 4, 'OPEN', 0, 'WON'],
      ],
    ),
    C: await deal('C 클라우드 전환', { ownerId: repA.id, amount: null, cat: cloud.id, scope: 'DOMESTIC', country: 'KR' }, [
      ['2026-11-05', null, null, 4, 'OPEN'],
    ]),
    D: await deal(
      'D 미국 데이터센터',
      { ownerId: repB.id, amount: '300000000', cat: cloud.id, scope: 'OVERSEAS', country: 'US', close: '2026-12-20' },
      [
        ['2026-09-01', null, null, 3, 'OPEN'],
        ['2026-10-20', 3, 'OPEN', 0, 'LOST'],
      ],
    ),
    E: await deal(
      'E 보안 고도화',
      { ownerId: repA.id, amount: '200000000.33', cat: null, scope: 'DOMESTIC', country: 'KR', close: '2027-03-01' },
      [
        ['2026-09-15', null, null, 2, 'OPEN'],
        ['2026-11-18', 2, 'OPEN', 3, 'OPEN'],
      ],
    ),
    F: await deal(
      'F 공공 입찰',
      { ownerId: repB.id, amount: '70000000', cat: si.id, scope: 'DOMESTIC', country: 'KR', close: '2026-12-10' },
      [
        ['2026-10-01', null, null, 1, 'OPEN'],
        ['2026-10-25', 1, 'OPEN', 0, 'NO_BID'],
      ],
    ),
  };
});

const report = (q: Record<string, string>, opts: { topK?: number; asOfEngine?: 'auto' | 'sql' } = {}) =>
  getOnePageReport(pgPool, sessionFor(exec), q, { now: NOW, locale: 'ko', ...opts });
const reportWith = report;
const totalsOf = (r: Awaited<ReturnType<typeof report>>) =>
  Object.fromEntries(
    Object.entries(r.matrix.totals)
      .filter(([, s]) => s.count)
      .map(([c, s]) => [c, s]),
  );

/** Reference: SQL sums over the same rows, per report column. */
async function sqlTotals(where = 'TRUE', params: unknown[] = []) {
  const { rows } = await pgPool.query(
    `SELECT CASE WHEN tier = 0 THEN outcome::text ELSE tier::text END AS c, count(*)::int AS count, COALESCE(sum(amount), 0)::text AS amount
       FROM "Opportunity" o WHERE ${where} GROUP BY 1`,
    params,
  );
  return Object.fromEntries(rows.map((r) => [r.c, { count: r.count, amount: r.amount.replace(/\.?0+$/, '') || '0' }]));
}

/** Reference for the as-of matrix: the latest TierChange at or before T per opportunity. */
async function sqlTotalsAsOf(t: Date) {
  const { rows } = await pgPool.query(
    `WITH s AS (SELECT DISTINCT ON ("opportunityId") "opportunityId" id, "toTier" tier, "toOutcome" outcome
                  FROM "TierChange" WHERE "changedAt" <= $1 ORDER BY "opportunityId", "changedAt" DESC)
     SELECT CASE WHEN s.tier = 0 THEN s.outcome::text ELSE s.tier::text END AS c, count(*)::int AS count, COALESCE(sum(o.amount), 0)::text AS amount
       FROM s JOIN "Opportunity" o ON o.id = s.id GROUP BY 1`,
    [t],
  );
  return Object.fromEntries(rows.map((r) => [r.c, { count: r.count, amount: r.amount.replace(/\.?0+$/, '') || '0' }]));
}

describe('current report', () => {
  test.each(['country', 'category', 'region'])('rows=%s: totals per tier equal SQL sums, exact to the jeon', async (rows) => {
    const r = await report({ rows });
    expect(r.source).toBe('summary');
    expect(totalsOf(r)).toEqual(await sqlTotals());
    expect(r.matrix.grandTotal).toEqual({ count: 6, amount: '2070000000.48' });
    expect(r.matrix.openTotal).toEqual({ count: 3, amount: '1200000000.43' });
  });

  test('two levels: domestic/overseas → country with subtotals; cells list deals with +N', async () => {
    const r = await report({ rows: 'country' }, { topK: 1 });
    expect(r.matrix.groups.map((g) => [g.scope, g.rows.map((x) => x.key)])).toEqual([
      ['DOMESTIC', ['KR']],
      ['OVERSEAS', ['US', 'VN']],
    ]);
    expect(r.matrix.groups[1]!.rows.map((x) => x.label)).toEqual(['미국', '베트남']);
    const kr = r.matrix.groups[0]!.rows[0]!;
    expect(kr.cells['2'].deals.map((d) => d.name)).toEqual(['A 차세대 구축']);
    expect(kr.cells['4']).toMatchObject({ count: 1, deals: [{ name: 'C 클라우드 전환', amount: null }], more: 0 });
    expect(r.matrix.groups[0]!.subtotal['NO_BID']).toEqual({ count: 1, amount: '70000000' });
    expect(r.matrix.groups[1]!.total).toEqual({ count: 2, amount: '800000000.05' });
  });

  test('category rows: unassigned category last; labels from the admin list', async () => {
    const r = await report({ rows: 'category' });
    expect(r.matrix.groups[0]!.rows.map((x) => x.label)).toEqual(['SI 구축', '=HYPERLINK("x")', null]);
  });

  test('the summary follows every write (trigger): moves, amount and category edits, deletes', async () => {
    await db.opportunity.update({ where: { id: ids.C! }, data: { tier: 3, amount: '123.45' } });
    await db.opportunity.update({
      where: { id: ids.A! },
      data: { businessCategoryId: cats.cloud, country: 'JP', regionScope: 'OVERSEAS' },
    });
    await db.opportunity.update({ where: { id: ids.E! }, data: { tier: 0, outcome: 'DROPPED', lastOpenTier: 3 } });
    await db.opportunity.delete({ where: { id: ids.F! } });
    await db.opportunity.update({ where: { id: ids.B! }, data: { name: 'renamed only' } });
    const r = await report({ rows: 'category' });
    expect(totalsOf(r)).toEqual(await sqlTotals());
    const { rows } = await pgPool.query(
      `SELECT count(*)::int AS n FROM (
         SELECT outcome, tier, "regionScope", country, COALESCE("salesRegionId", '00000000-0000-0000-0000-000000000000'), COALESCE("businessCategoryId", '00000000-0000-0000-0000-000000000000'), count(*)::bigint, COALESCE(sum(amount), 0)
           FROM "Opportunity" GROUP BY 1, 2, 3, 4, 5, 6
         EXCEPT SELECT outcome, tier, "regionScope", country, "salesRegionId", "businessCategoryId", count, amount FROM "ReportSummary" WHERE count <> 0) x`,
    );
    expect(rows[0].n).toBe(0);
  });

  test('filters: team (manager + reports), owner, category and period go through the scan path with the same sums', async () => {
    const team = await report({ rows: 'country', team: manager.id });
    expect(team.source).toBe('scan');
    expect(totalsOf(team)).toEqual(await sqlTotals(`"ownerId" = ANY($1::uuid[])`, [[manager.id, repA.id]]));
    const period = await report({ rows: 'category', from: '2026-12-01', to: '2026-12-31' });
    expect(totalsOf(period)).toEqual(await sqlTotals(`"expectedCloseDate" BETWEEN '2026-12-01' AND '2026-12-31'`));
    expect(period.matrix.grandTotal.count).toBe(3);
    const cat = await report({ rows: 'region', category: cats.si });
    expect(cat.source).toBe('summary');
    expect(totalsOf(cat)).toEqual(await sqlTotals(`"businessCategoryId" = $1`, [cats.si]));
  });
});

// both engines: the in-memory index (the default) and the SQL path it falls back to
describe.each(['auto', 'sql'] as const)('as-of report (engine %s)', (engine) => {
  const report = (q: Record<string, string>) => reportWith(q, { asOfEngine: engine });

  test('rebuilds each deal from the latest change at or before the date, equal to the reference SQL', async () => {
    const r = await report({ rows: 'country', asOf: '2026-11-01' });
    expect(r.source).toBe(engine === 'auto' ? 'index' : 'summary');
    expect(totalsOf(r)).toEqual(await sqlTotalsAsOf(new Date('2026-11-01T15:00:00Z')));
    expect(totalsOf(r)).toEqual({
      '4': { count: 1, amount: '500000000.05' },
      '3': { count: 1, amount: '1000000000.1' },
      '2': { count: 1, amount: '200000000.33' },
      LOST: { count: 1, amount: '300000000' },
      NO_BID: { count: 1, amount: '70000000' },
    });
    // the cells list the deals where they stood then
    const kr = r.matrix.groups[0]!.rows[0]!;
    expect(kr.cells['3'].deals.map((d) => d.name)).toEqual(['A 차세대 구축']);
    expect(kr.cells['2'].deals.map((d) => d.name)).toEqual(['E 보안 고도화']);
    expect(kr.cells['4'].count).toBe(0); // C did not exist yet
  });

  test.each(['2026-09-01', '2026-10-01', '2026-10-20', '2026-11-10', '2026-11-19', '2026-11-27'])(
    'as of %s equals the reference',
    async (d) => {
      const r = await report({ rows: 'category', asOf: d });
      const ref = await sqlTotalsAsOf(new Date(Date.parse(`${d}T15:00:00Z`)));
      expect(totalsOf(r)).toEqual(ref);
    },
  );

  test('movement since the as-of date: up, down, new, won', async () => {
    const r = await report({ rows: 'country', asOf: '2026-11-01' });
    expect(r.movement!.summary).toEqual({
      up: { count: 1, amount: '1000000000.1' },
      down: { count: 1, amount: '200000000.33' },
      new: { count: 1, amount: '0' },
      won: { count: 1, amount: '500000000.05' },
      lost: { count: 0, amount: '0' },
    });
    expect(r.movement!.moves.map((m) => [m.name, m.kind])).toEqual([
      ['A 차세대 구축', 'up'],
      ['B 베트남 ERP', 'won'],
      ['E 보안 고도화', 'down'],
      ['C 클라우드 전환', 'new'],
    ]);
  });
});

describe('bad input never fails with a 500', () => {
  test.each([
    [{ rows: 'owner' }, 'reports.errors.badGrouping'],
    [{ asOf: '2026-13-45' }, 'reports.errors.badDate'],
    [{ from: '2026-12-01', to: '2026-11-01' }, 'reports.errors.periodReversed'],
    [{ asOf: '2026-11-28' }, 'reports.errors.asOfFuture'],
    [{ asOf: '2026-08-01' }, 'reports.errors.asOfBeforeData'],
    [{ owner: 'not-a-uuid' }, 'reports.errors.badOwner'],
  ])('%j → VALIDATION %s', async (q, key) => {
    const e = await report(q as Record<string, string>).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe('VALIDATION');
    expect(e.key).toBe(key);
  });

  test('a period with no deals → an empty report that says why', async () => {
    const r = await report({ from: '2030-01-01', to: '2030-12-31' });
    expect(r.matrix.empty).toBe(true);
    expect(r.emptyReason).toBe('noDealsInPeriod');
  });
});

describe('API', () => {
  const call = async (handler: typeof getJson, path: string, token?: string) =>
    handler(
      new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}`, 'accept-language': 'ko' } : {} }),
      { params: Promise.resolve({}) },
    );

  test('JSON: 200 with the matrix; every role may read; no token → 401', async () => {
    const marketer = await createUser({ roles: ['MARKETER'] });
    const res = await call(getJson, '/api/v1/reports/one-page?rows=category', await tokenFor(marketer.id));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.matrix.grandTotal).toEqual({ count: 6, amount: '2070000000.48' });
    expect((await call(getJson, '/api/v1/reports/one-page')).status).toBe(401);
  });

  test('unknown grouping → 400 with a clear Korean message, not a 500', async () => {
    const res = await call(getJson, '/api/v1/reports/one-page?rows=planet', await tokenFor(exec.id));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toContain('행 구분');
    expect(body.error.fields[0]).toMatchObject({ path: 'rows' });
    expect(body.error.fields[0].message).toContain('국가'); // field messages in the request's language
  });

  test('as-of before any data → 400 naming the first history date', async () => {
    const res = await call(getJson, '/api/v1/reports/one-page?asOf=2020-01-01', await tokenFor(exec.id));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('2026-09-01');
  });

  test("XLSX: the deal-list sheet holds every deal of the report, not the page's top 5 a cell", async () => {
    // eight more deals in one cell (domestic SI, Tier 4): the page lists 5 of them, the file all
    for (let i = 0; i < 8; i++)
      await deal(`C${i} 같은 칸`, { ownerId: repA.id, amount: String(100_000_000 + i), cat: cats.si, scope: 'DOMESTIC', country: 'KR' }, [
        ['2026-11-01', null, null, 4, 'OPEN'],
      ]);
    const page = await getOnePageReport(pgPool, sessionFor(exec), {}, { now: NOW });
    const listedOnPage = page.matrix.groups.flatMap((g) => g.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.deals))).length;
    expect(listedOnPage).toBeLessThan(page.matrix.grandTotal.count);
    const res = await call(getXlsx, '/api/v1/reports/one-page.xlsx', await tokenFor(exec.id));
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const list = wb.worksheets[1]!;
    const names: string[] = [];
    list.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(4).value));
    });
    expect(names).toHaveLength(page.matrix.grandTotal.count);
    expect(new Set(names).size).toBe(names.length);
    for (let i = 0; i < 8; i++) expect(names).toContain(`C${i} 같은 칸`);
  });

  test('XLSX: Korean headers, totals are SUM formulas with exact cached results, won/lost styled', async () => {
    const res = await call(getXlsx, '/api/v1/reports/one-page.xlsx?rows=country', await tokenFor(exec.id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet('원페이지 리포트')!;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      '국내/해외',
      '국가',
      'Tier 4',
      'Tier 3',
      'Tier 2',
      'Tier 1',
      '수주',
      '실주',
      '입찰 포기',
      'Drop',
      '합계',
    ]);
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === '총계') totalRow = n;
    });
    const grand = ws.getCell(totalRow, 11).value as { formula: string; result: number };
    expect(grand.formula).toMatch(/^SUM\(C\d+:J\d+\)$/);
    expect(grand.result).toBe(2070000000.48);
    const wonTotal = ws.getCell(totalRow, 7).value as { formula: string; result: number };
    expect(wonTotal.formula).toMatch(/^G\d+\+G\d+$/);
    expect(wonTotal.result).toBe(500000000.05);
    expect((ws.getCell(totalRow, 7).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD1FAE5');
    expect((ws.getCell(totalRow, 8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE4E6');
  });

  test('CSV: same sums; a category named like a formula is neutralised', async () => {
    const res = await call(getCsv, '/api/v1/reports/one-page.csv?rows=category', await tokenFor(exec.id));
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Korean Excel reads UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const last = text.trim().split('\r\n').at(-1)!.split(',');
    expect(last[0]).toBe('총계');
    expect(last.slice(-2)).toEqual(['6', '2070000000.48']);
  });
});
