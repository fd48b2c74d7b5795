import './server-only';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { insertBenchCatalog, insertBenchUser, timeIt, type BenchContext } from './types';

// VRB read side (no issue targets yet; the targets below are ours): the committee queue (three
// lists + counts) and one review's record (with similar-deal lessons) over a demo-plus-years
// volume: 20,000 opportunities × 2 reviews, 4 opinions and a finding per review, 5,000 lessons.
// Baselines, same process, same client: a bare LIMIT-100 index scan of scheduled reviews, and a
// bare primary-key read of one review. Targets: queue p95 ≤ 300 ms; record p95 ≤ 150 ms.

export async function bench(ctx: BenchContext) {
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const opps = Math.max(500, Math.round(20_000 * ctx.scale));
  const t0 = performance.now();
  const user = await insertBenchUser(pool, 'bench-vrb@bench.local', '벤치 위원', 'VRB_MEMBER');
  await insertBenchCatalog(pool, { accounts: Math.ceil(opps / 10), competitors: 50 });
  await pool.query(
    `WITH a AS (SELECT array_agg(id ORDER BY id) ids FROM "Account"), c AS (SELECT array_agg(id ORDER BY id) ids FROM "BusinessCategory")
     INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, amount, "businessCategoryId", "updatedAt")
     SELECT '벤치 사업 ' || g, a.ids[1 + g % cardinality(a.ids)], $2, 1 + g % 4, 100000000 + g, c.ids[1 + g % 20], now()
     FROM generate_series(1, $1) g, a, c`,
    [opps, user],
  );
  await pool.query(
    `WITH k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "OpportunityCompetitor" ("opportunityId", "competitorId")
     SELECT o.id, k.ids[1 + (abs(hashtext(o.id::text)) % 50)] FROM "Opportunity" o, k`,
  );
  // two reviews per opportunity at stages 2 and 3: ~5% still scheduled (upcoming), the rest decided
  await pool.query(
    `INSERT INTO "VrbReview" ("opportunityId", "stageId", "scheduledAt", status, "createdById")
     SELECT o.id, s.id, now() + ((abs(hashtext(o.id::text || s.code)) % 2000) - 1900) * interval '1 day',
            CASE WHEN abs(hashtext(o.id::text || s.code)) % 2000 >= 1900 THEN 'SCHEDULED' ELSE 'DECIDED' END::"VrbReviewStatus", $1
     FROM "Opportunity" o CROSS JOIN "VrbStage" s WHERE s."order" IN (2, 3)`,
    [user],
  );
  await pool.query(
    `INSERT INTO "DealEconomics" ("opportunityId", "vrbReviewId", "contractPrice", "hardwareCost", "laborPersonMonths", "laborRate", "updatedAt")
     SELECT r."opportunityId", r.id, 1000000000, 500000000 + (abs(hashtext(r.id::text)) % 450000000), 10, 10000000, now() FROM "VrbReview" r`,
  );
  // opinions: decided reviews have every required domain; scheduled ones have half of them
  await pool.query(
    `INSERT INTO "VrbOpinion" ("reviewId", domain, "reviewerId", stance, opinion)
     SELECT r.id, d, $1, 'SUPPORT', '의견' FROM "VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId", unnest(s."requiredDomains") WITH ORDINALITY AS x(d, n)
     WHERE r.status = 'DECIDED' OR x.n % 2 = 0`,
    [user],
  );
  await pool.query(
    `INSERT INTO "VrbFinding" ("reviewId", domain, "raisedById", issue, severity, "requiredFix", status)
     SELECT r.id, 'FINANCE', $1, '지적 ' || r.id, (ARRAY['LOW','MEDIUM','HIGH','CRITICAL']::"Severity"[])[1 + abs(hashtext(r.id::text)) % 4], '조치',
            CASE WHEN r.status = 'SCHEDULED' THEN 'OPEN' ELSE 'RESOLVED' END::"FindingStatus"
     FROM "VrbReview" r`,
    [user],
  );
  await pool.query(
    `INSERT INTO "VrbDecision" ("reviewId", decision, "decidedById", "decidedAt") SELECT id, 'PASS', $1, "scheduledAt" FROM "VrbReview" WHERE status = 'DECIDED'`,
    [user],
  );
  await pool.query(
    `WITH a AS (SELECT array_agg(id ORDER BY id) ids FROM "Account"), c AS (SELECT array_agg(id ORDER BY id) ids FROM "BusinessCategory"), k AS (SELECT array_agg(id ORDER BY id) ids FROM "Competitor")
     INSERT INTO "Lesson" (title, body, category, "accountId", "businessCategoryId", "competitorId", "createdAt")
     SELECT '교훈 ' || g, '본문', 'PRICE', a.ids[1 + g % cardinality(a.ids)], c.ids[1 + g % 20], k.ids[1 + g % 50], now() - g * interval '1 hour'
     FROM generate_series(1, 5000) g, a, c, k`,
  );
  await pool.query('ANALYZE');
  const counts = (
    await pool.query(
      `SELECT (SELECT count(*) FROM "VrbReview")::int reviews, (SELECT count(*) FROM "VrbReview" WHERE status = 'SCHEDULED')::int scheduled, (SELECT count(*) FROM "VrbOpinion")::int opinions, (SELECT count(*) FROM "VrbFinding")::int findings`,
    )
  ).rows[0];
  ctx.log(
    `data: ${opps} opportunities, ${counts.reviews} reviews (${counts.scheduled} scheduled), ${counts.opinions} opinions, ${counts.findings} findings, 5000 lessons (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  const { db } = await import('@/lib/db/client');
  const { getVrbQueue, getVrbReview, getSimilarLessons } = await import('@/lib/db/queries/vrb');
  const reviewIds = (await pool.query(`SELECT id FROM "VrbReview" ORDER BY random() LIMIT 200`)).rows.map((r) => r.id as string);
  const N = 40;

  // warm-up
  await getVrbQueue(db);
  await db.$queryRawUnsafe(`SELECT id FROM "VrbReview" WHERE status = 'SCHEDULED' ORDER BY "scheduledAt" LIMIT 100`);

  const baseQ = await timeIt(N, () =>
    db.$queryRawUnsafe(`SELECT id, "scheduledAt" FROM "VrbReview" WHERE status = 'SCHEDULED' ORDER BY "scheduledAt", id LIMIT 100`),
  );
  ctx.log(`baseline bare LIMIT-100 scan of scheduled reviews: p50 ${baseQ.p50.toFixed(1)} ms, p95 ${baseQ.p95.toFixed(1)} ms`);
  let sizes = '';
  const queue = await timeIt(N, async () => {
    const q = await getVrbQueue(db);
    sizes = `upcoming ${q.counts.upcoming}, missing ${q.counts.missingOpinions}, open findings ${q.counts.openFindings}`;
  });
  ctx.log(
    `VRB queue (3 lists of ≤100 + counts; ${sizes}): p50 ${queue.p50.toFixed(1)} ms, p95 ${queue.p95.toFixed(1)} ms [target ≤ 300] (ratio ×${(queue.p95 / baseQ.p95).toFixed(1)})`,
  );

  const baseR = await timeIt(N, (i) => db.vrbReview.findUnique({ where: { id: reviewIds[i % reviewIds.length]! } }));
  ctx.log(`baseline bare review by id: p50 ${baseR.p50.toFixed(1)} ms, p95 ${baseR.p95.toFixed(1)} ms`);
  const rec = await timeIt(N, async (i) => {
    const r = await getVrbReview(db, reviewIds[i % reviewIds.length]!);
    await getSimilarLessons(db, {
      id: r!.opportunity.id,
      accountId: r!.opportunity.accountId,
      businessCategoryId: r!.opportunity.businessCategoryId,
    });
  });
  ctx.log(
    `review record + similar lessons: p50 ${rec.p50.toFixed(1)} ms, p95 ${rec.p95.toFixed(1)} ms [target ≤ 150] (ratio ×${(rec.p95 / baseR.p95).toFixed(1)})`,
  );

  // the plans: index use for the queue and lessons
  const plan = async (label: string, sql: string, params: unknown[] = []) => {
    const rows = (await pool.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN'] as string);
    ctx.log(
      `plan (${label}): ${rows
        .filter((l) => /Index|Seq Scan/.test(l))
        .map((l) => l.trim().replace(/\s+\(cost.*$/, ''))
        .join(' | ')}`,
    );
  };
  await plan('upcoming', `SELECT id FROM "VrbReview" WHERE status = 'SCHEDULED' ORDER BY "scheduledAt", id LIMIT 100`);
  await plan('open findings', `SELECT id FROM "VrbFinding" WHERE status IN ('OPEN', 'ANSWERED')`);
  const o = (await pool.query(`SELECT id, "accountId", "businessCategoryId" FROM "Opportunity" LIMIT 1`)).rows[0];
  await plan('lessons', `SELECT id FROM "Lesson" WHERE "accountId" = $1 UNION SELECT id FROM "Lesson" WHERE "businessCategoryId" = $2`, [
    o.accountId,
    o.businessCategoryId,
  ]);
  await pool.end();
}
