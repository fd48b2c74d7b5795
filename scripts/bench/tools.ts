import './server-only';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { insertBenchCatalog, insertBenchUser, timeIt, type BenchContext } from './types';

// Sales tools (issue 12): a competitor's record against us (won against, lost to, no decision; by
// business category) at 1,000,000 opportunities, target p95 ≤ 100 ms. 200 competitors; every deal
// lists one or two (so the most frequent competitor faces ~1% of all deals ≈ 10,000); 60 % closed,
// 8 % lost to a listed competitor. Baseline (same process, same client): one competitor row by id.
// BENCH_SCALE=0.1 → 100,000 opportunities.
// Global search with the sales-tool kinds (issue 12 item 8): Q&A entries, competitors and experts
// besides opportunities, accounts, contacts, leads and lessons — 3+ character queries, target
// p95 ≤ 50 ms; baseline: the same queries over the five kinds that were there before.

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const opps = Math.max(1000, Math.round(1_000_000 * ctx.scale));
  const t0 = performance.now();
  const user = await insertBenchUser(pool, 'bench-tools@bench.local', '벤치 영업', 'SALES_REP');
  await insertBenchCatalog(pool, { accounts: Math.ceil(opps / 20), competitors: 200 });
  // the report summary's per-row trigger off for the bulk load (as scripts/seed-report-scale.ts), rebuilt once after
  await pool.query(`ALTER TABLE "Opportunity" DISABLE TRIGGER "Opportunity_report_summary"`);
  // outcome by g % 10: 0–3 open, 4–6 won, 7–8 lost (8: to its first competitor), 9 dropped.
  // Accounts by number through a join (not a subscript of a 50,000-element array, which copies the
  // array for every row: quadratic at 1M)
  await pool.query(
    `WITH a AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Account"), na AS (SELECT count(*)::int AS n FROM "Account"),
          c AS (SELECT array_agg(id ORDER BY id) ids FROM "BusinessCategory"),
          k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, outcome, amount, "businessCategoryId", "lostToCompetitorId", "lossType", "closedAt", "updatedAt")
     SELECT '벤치 사업 ' || g, a.id, $2,
            CASE WHEN g % 10 < 4 THEN 1 + g % 4 ELSE 0 END,
            (CASE WHEN g % 10 < 4 THEN 'OPEN' WHEN g % 10 < 7 THEN 'WON' WHEN g % 10 < 9 THEN 'LOST' ELSE 'DROPPED' END)::"Outcome",
            100000000 + g, c.ids[1 + g % 20],
            CASE WHEN g % 10 = 8 THEN k.ids[1 + (g::bigint * 7919) % 200] END,
            (CASE WHEN g % 10 = 8 THEN 'COMPETITOR' WHEN g % 10 = 7 THEN 'NO_DECISION' END)::"LossType",
            CASE WHEN g % 10 >= 4 THEN now() END, now()
     FROM generate_series(1, $1) g CROSS JOIN na JOIN a ON a.n = g % na.n CROSS JOIN c CROSS JOIN k`,
    [opps, user],
  );
  await pool.query(`ALTER TABLE "Opportunity" ENABLE TRIGGER "Opportunity_report_summary"`);
  await pool.query(`SELECT report_summary_rebuild()`);
  await pool.query(
    `WITH k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "OpportunityCompetitor" ("opportunityId", "competitorId")
     SELECT o.id, k.ids[1 + (abs(hashtext(o.id::text)) % 200)] FROM "Opportunity" o, k
     UNION
     SELECT o.id, k.ids[1 + (abs(hashtext(o.id::text || 'b')) % 200)] FROM "Opportunity" o, k WHERE abs(hashtext(o.id::text)) % 2 = 0
     UNION
     SELECT o.id, o."lostToCompetitorId" FROM "Opportunity" o WHERE o."lostToCompetitorId" IS NOT NULL`,
  );
  // the sales tools the global search reads: 20,000 experts and 20,000 Q&A entries at scale 1
  const tools = Math.max(500, Math.round(20_000 * ctx.scale));
  const FIELDS = [
    '클라우드 아키텍처',
    '공공 조달·계약',
    '개인정보·정보보호',
    '제조 MES',
    '베트남 현지 사업',
    '중동 공공 조달',
    'AI 데이터',
    'ERP 구축',
  ];
  await pool.query(
    `INSERT INTO "Expert" (name, internal, field, organization, email, phone)
     SELECT '벤치전문가 ' || g, g % 3 = 0, ($2::text[])[1 + g % 8], '벤치소속 ' || (g % 500), 'expert' || g || '@bench.local', '02-555-' || lpad((g % 10000)::text, 4, '0')
     FROM generate_series(1, $1) g`,
    [tools, FIELDS],
  );
  await pool.query(
    `INSERT INTO "QaEntry" ("needType", industry, question, answer)
     SELECT ($2::text[])[1 + g % 8], '제조', '벤치 질문 ' || g || ': 기존 시스템도 옮길 수 있나요?', '단계적 전환 사례 ' || g || '로 답합니다.'
     FROM generate_series(1, $1) g`,
    [tools, FIELDS],
  );
  await pool.query(
    `WITH e AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM "Expert"), ne AS (SELECT count(*)::int AS n FROM "Expert")
     INSERT INTO "OpportunityExpert" ("opportunityId", "expertId", role)
     SELECT o.id, e.id, '제안 검토' FROM "Opportunity" o CROSS JOIN ne JOIN e ON e.n = abs(hashtext(o.id::text)) % ne.n
     WHERE abs(hashtext(o.id::text || 'x')) % 10 = 0`,
  );
  await pool.query('VACUUM ANALYZE');
  const links = (await pool.query(`SELECT count(*)::int n FROM "OpportunityCompetitor"`)).rows[0].n;
  ctx.log(`data: ${opps} opportunities, 200 competitors, ${links} competitor links (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const { db } = await import('@/lib/db/client');
  const { competitorRecordRows, getCompetitorRow } = await import('@/lib/db/queries/competitors');
  const { rollUpRecord } = await import('@/lib/domain/tools/competitor-record');
  // the most-faced competitors first: the worst case
  const ids = (
    await pool.query(`SELECT "competitorId" id, count(*) n FROM "OpportunityCompetitor" GROUP BY 1 ORDER BY 2 DESC LIMIT 50`)
  ).rows.map((r) => r.id as string);
  const N = 60;
  await competitorRecordRows(db, ids[0]!);
  const base = await timeIt(N, (i) => getCompetitorRow(db, ids[i % ids.length]!));
  ctx.log(`baseline competitor by id: p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms`);
  let deals = 0;
  const rec = await timeIt(N, async (i) => {
    const r = rollUpRecord(await competitorRecordRows(db, ids[i % ids.length]!));
    deals = Math.max(deals, r.total.deals);
  });
  ctx.log(
    `competitor record (closed deals by category and result; up to ${deals} closed deals each): p50 ${rec.p50.toFixed(1)} ms, p95 ${rec.p95.toFixed(1)} ms [target ≤ 100]`,
  );
  const plan = (await pool.query(`EXPLAIN SELECT "opportunityId" FROM "OpportunityCompetitor" WHERE "competitorId" = $1`, [ids[0]])).rows
    .map((r) => r['QUERY PLAN'] as string)
    .filter((l) => /Index|Seq Scan/.test(l))
    .map((l) => l.trim().replace(/\s+\(cost.*$/, ''))
    .join(' | ');
  ctx.log(`plan (links of a competitor): ${plan}`);

  // the global search (Ctrl+K, GET /api/v1/search) with every kind, 3+ character queries
  const { searchAll } = await import('@/lib/db/queries/search');
  const { normalizeSearchQuery } = await import('@/lib/domain/search/normalize');
  const { SEARCH_KINDS } = await import('@/lib/validation/search');
  const OLD_KINDS = ['opportunity', 'account', 'contact', 'lead', 'lesson'] as const;
  const QUERIES = [
    '벤치전문가 12',
    '클라우드',
    '조달·계약',
    '벤치경쟁사 7',
    '기존 시스템',
    '단계적 전환',
    '벤치 사업 42',
    'ERP 구축',
    '없는검색어',
    'bench.local',
  ];
  const qs = QUERIES.map((q) => normalizeSearchQuery(q)!);
  const search = (kinds: readonly (typeof SEARCH_KINDS)[number][]) => (i: number) =>
    searchAll(db, qs[i % qs.length]!, { kinds, limit: 5, leadOwnerOnly: null });
  for (const q of qs) await searchAll(db, q, { kinds: SEARCH_KINDS, limit: 5, leadOwnerOnly: null }); // warm
  const before = await timeIt(N * 2, search(OLD_KINDS));
  ctx.log(`baseline global search, 5 kinds (3+ chars): p50 ${before.p50.toFixed(1)} ms, p95 ${before.p95.toFixed(1)} ms`);
  const all = await timeIt(N * 2, search(SEARCH_KINDS));
  ctx.log(
    `global search with Q&A, competitors and experts (${tools} experts, ${tools} Q&A entries; 3+ chars): p50 ${all.p50.toFixed(1)} ms, p95 ${all.p95.toFixed(1)} ms [target ≤ 50]`,
  );
  const tplan = (
    await pool.query(
      `EXPLAIN SELECT id FROM "Expert" e WHERE (e."name" || ' ' || e."field" || ' ' || coalesce(e."organization", '')) ILIKE '%벤치전문가 12%' LIMIT 200`,
    )
  ).rows
    .map((r) => r['QUERY PLAN'] as string)
    .filter((l) => /Index|Seq Scan/.test(l))
    .map((l) => l.trim().replace(/\s+\(cost.*$/, ''))
    .join(' | ');
  ctx.log(`plan (expert search): ${tplan}`);
  await pool.end();
}
