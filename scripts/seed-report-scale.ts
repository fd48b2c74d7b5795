// Seeds a report-scale pipeline: 1,000,000 opportunities (default) with their tier history
// (≈3 changes each), 50 reps under 5 managers, 8 business categories, 10 sales regions,
// domestic and overseas countries — in a few INSERT … SELECT generate_series statements.
// The summary trigger is switched off for the bulk load and the summary rebuilt once after.
//
//   DATABASE_URL=… npx tsx scripts/seed-report-scale.ts [count]
// Refuses to run on a database that already holds opportunities.
import pg from 'pg';

export async function seedReportScale(client: pg.ClientBase, count = 1_000_000, log: (s: string) => void = console.log) {
  const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "Opportunity") AS has`);
  if (rows[0].has) throw new Error('the database already holds opportunities: refusing to seed');
  const t0 = Date.now();
  await client.query(`
    INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt")
    SELECT 'scale-mgr-' || g || '@scale.local', '관리자 ' || g, 'x', ARRAY['SALES_MANAGER']::"Role"[], now() FROM generate_series(1, 5) g;
    INSERT INTO "User" (email, name, "passwordHash", roles, "managerId", "updatedAt")
    SELECT 'scale-rep-' || g || '@scale.local', '영업대표 ' || g, 'x', ARRAY['SALES_REP']::"Role"[],
           (SELECT id FROM "User" WHERE email = 'scale-mgr-' || (1 + g % 5) || '@scale.local'), now()
      FROM generate_series(1, 50) g;
    INSERT INTO "BusinessCategory" (code, "nameKo", "nameEn", "sortOrder")
    SELECT c, k, e, o FROM (VALUES ('SI', 'SI 구축', 'System integration', 1), ('SM', '운영(SM)', 'Managed services', 2),
      ('CLOUD', '클라우드', 'Cloud', 3), ('SEC', '보안', 'Security', 4), ('DATA', '데이터·AI', 'Data & AI', 5),
      ('NET', '네트워크', 'Network', 6), ('SW', '솔루션', 'Software', 7), ('HW', '하드웨어', 'Hardware', 8)) v(c, k, e, o);
    INSERT INTO "SalesRegion" (code, "nameKo", "nameEn", scope, "sortOrder")
    SELECT c, k, e, s::"RegionScope", o FROM (VALUES ('CAP', '수도권', 'Capital area', 'DOMESTIC', 1), ('YN', '영남', 'Yeongnam', 'DOMESTIC', 2),
      ('HN', '호남', 'Honam', 'DOMESTIC', 3), ('CC', '충청', 'Chungcheong', 'DOMESTIC', 4), ('GW', '강원·제주', 'Gangwon·Jeju', 'DOMESTIC', 5),
      ('SEA', '동남아', 'Southeast Asia', 'OVERSEAS', 6), ('ME', '중동', 'Middle East', 'OVERSEAS', 7), ('NA', '북미', 'North America', 'OVERSEAS', 8),
      ('EA', '동북아', 'Northeast Asia', 'OVERSEAS', 9), ('EU', '유럽', 'Europe', 'OVERSEAS', 10)) v(c, k, e, s, o);
    INSERT INTO "Account" (name, "nameNormalized", "updatedAt")
    SELECT '고객사 ' || g, 'scale-account-' || g, now() FROM generate_series(1, 5000) g;
  `);
  log(`reference data in ${Date.now() - t0} ms`);

  await client.query(`ALTER TABLE "Opportunity" DISABLE TRIGGER "Opportunity_report_summary"`);
  try {
    const t1 = Date.now();
    // i → deterministic attributes; state: 70% open (tiers 4..1), then won 12%, lost 10%, no-bid 5%, dropped 3%
    await client.query(
      `WITH ref AS (
         SELECT (SELECT array_agg(id ORDER BY email) FROM "User" WHERE email LIKE 'scale-rep-%') AS reps,
                (SELECT array_agg(id ORDER BY "sortOrder") FROM "BusinessCategory") AS cats,
                (SELECT array_agg(id ORDER BY "sortOrder") FROM "SalesRegion" WHERE scope = 'DOMESTIC') AS dom,
                (SELECT array_agg(id ORDER BY "sortOrder") FROM "SalesRegion" WHERE scope = 'OVERSEAS') AS ovs,
                (SELECT array_agg(id ORDER BY name) FROM "Account") AS accts
       ), src AS (
         SELECT i, (i * 7919) % 100 AS p, (i * 104729) % 1000 AS q,
                now() - make_interval(days => ((i * 31) % 540)::int, secs => (i % 86400)::double precision) AS created
           FROM generate_series(1::bigint, $1::bigint) i
       ), st AS (
         SELECT src.*, CASE WHEN p < 70 THEN 'OPEN' WHEN p < 82 THEN 'WON' WHEN p < 92 THEN 'LOST' WHEN p < 97 THEN 'NO_BID' ELSE 'DROPPED' END::"Outcome" AS outcome,
                CASE WHEN p < 70 THEN 4 - (q % 4) ELSE 1 + (q % 3) END AS ft -- final open tier
           FROM src
       )
       INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, "businessCategoryId", "regionScope", country, "salesRegionId",
                                  "expectedCloseDate", tier, outcome, "lastOpenTier", "tierEnteredAt", "closedAt", "createdAt", "updatedAt")
       SELECT '사업기회 ' || i,
              ref.accts[(1 + i % 5000)::int], ref.reps[(1 + i % 50)::int],
              CASE WHEN q < 80 THEN NULL ELSE round((((i * 2654435761) % 4990000000) + 10000000)::numeric, -4) END,
              CASE WHEN i % 10 = 0 THEN NULL ELSE ref.cats[(1 + i % 8)::int] END,
              CASE WHEN p % 5 = 0 THEN 'OVERSEAS' ELSE 'DOMESTIC' END::"RegionScope",
              CASE WHEN p % 5 = 0 THEN (ARRAY['VN', 'US', 'JP', 'ID', 'SA', 'AE', 'DE'])[(1 + i % 7)::int] ELSE 'KR' END,
              CASE WHEN p % 5 = 0 THEN ref.ovs[(1 + i % 5)::int] ELSE ref.dom[(1 + i % 5)::int] END,
              (now() + make_interval(days => ((i * 13) % 720 - 180)::int))::date,
              CASE WHEN outcome = 'OPEN' THEN ft ELSE 0 END, outcome,
              CASE WHEN outcome = 'OPEN' THEN NULL ELSE ft END,
              created + (now() - created) * ((4 - ft + (outcome <> 'OPEN')::int)::double precision / (6 - ft)),
              CASE WHEN outcome = 'OPEN' THEN NULL ELSE created + (now() - created) * ((5 - ft)::double precision / (6 - ft)) END,
              created, now()
         FROM st CROSS JOIN ref`,
      [count],
    );
    log(`${count.toLocaleString()} opportunities in ${Date.now() - t1} ms`);
    const t2 = Date.now();
    // history: created at Tier 4, one step per tier down to the final open tier, then the close
    await client.query(`
      INSERT INTO "TierChange" ("opportunityId", "fromTier", "toTier", "fromOutcome", "toOutcome", "changedAt")
      SELECT o.id,
             CASE WHEN s = 0 THEN NULL WHEN s <= 4 - ft THEN 5 - s ELSE ft END,
             CASE WHEN s <= 4 - ft THEN 4 - s ELSE 0 END,
             CASE WHEN s = 0 THEN NULL ELSE 'OPEN' END::"Outcome",
             CASE WHEN s <= 4 - ft THEN 'OPEN' ELSE o.outcome END::"Outcome",
             o."createdAt" + (now() - o."createdAt") * (s::double precision / (6 - ft))
        FROM (SELECT id, outcome, "createdAt", COALESCE("lastOpenTier", tier) AS ft FROM "Opportunity") o
        CROSS JOIN LATERAL generate_series(0, 4 - o.ft + (o.outcome <> 'OPEN')::int) s`);
    log(`tier history in ${Date.now() - t2} ms`);
  } finally {
    await client.query(`ALTER TABLE "Opportunity" ENABLE TRIGGER "Opportunity_report_summary"`);
  }
  const t3 = Date.now();
  await client.query(`SELECT report_summary_rebuild()`);
  // visibility map for index-only scans (VACUUM runs outside a transaction: one statement each)
  for (const table of ['Opportunity', 'TierChange', 'ReportSummary']) await client.query(`VACUUM ANALYZE "${table}"`);
  const { rows: n } = await client.query(
    `SELECT (SELECT count(*) FROM "TierChange")::int AS changes, (SELECT count(*) FROM "ReportSummary")::int AS summary`,
  );
  log(`summary rebuilt (${n[0].summary} rows) + vacuum analyze in ${Date.now() - t3} ms; ${n[0].changes.toLocaleString()} tier changes`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await seedReportScale(client, Number(process.argv[2] ?? 1_000_000));
  } finally {
    await client.end();
  }
}
