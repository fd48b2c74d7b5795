import './server-only';
import pg from 'pg';
import { ms, timeIt, type BenchContext, managerSession } from './types';
import { seedReportScale } from '../seed-report-scale';

// Issue 13 targets at the report bench's scale (1,000,000 opportunities with history): the work
// list of a manager of 20 reps p95 ≤ 100 ms, the nav counts ≤ 20 ms, applying 200 review decisions
// p95 per decision ≤ 100 ms. Each is printed beside the bare queries it replaces, in this process
// on the same data: uncapped counts over the team's pipeline through the edit scope (owner or
// owner's manager), and the plain board move (moveOpportunityTier) for the decisions.

export async function bench(ctx: BenchContext) {
  const count = Math.round(1_000_000 * ctx.scale);
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  await seedReportScale(client, count, (s) => ctx.log(`seed: ${s}`));
  // a manager of 20 reps; next steps (10% of open deals, some overdue) and bid deadlines (1%)
  const t0 = Date.now();
  await client.query(`
    UPDATE "User" SET "managerId" = (SELECT id FROM "User" WHERE email = 'scale-mgr-2@scale.local')
     WHERE "managerId" = (SELECT id FROM "User" WHERE email = 'scale-mgr-1@scale.local');
    UPDATE "User" SET "managerId" = (SELECT id FROM "User" WHERE email = 'scale-mgr-1@scale.local')
     WHERE email IN (SELECT 'scale-rep-' || g || '@scale.local' FROM generate_series(1, 20) g);
    UPDATE "Opportunity" SET "nextStep" = '후속 미팅', "nextStepDueDate" = current_date + ((abs(hashtext(id::text)) % 60) - 30)
     WHERE outcome = 'OPEN' AND abs(hashtext(id::text)) % 10 = 0;
    UPDATE "Opportunity" SET "bidDeadline" = now() + make_interval(days => abs(hashtext(id::text)) % 30)
     WHERE outcome = 'OPEN' AND abs(hashtext(id::text)) % 100 = 1;`);
  for (const table of ['Opportunity', 'User']) await client.query(`VACUUM ANALYZE "${table}"`);
  ctx.log(`manager of 20 reps, next steps and bid deadlines in ${Date.now() - t0} ms`);
  const { rows: m } = await client.query(`SELECT id, email, name FROM "User" WHERE email = 'scale-mgr-1@scale.local'`);
  const { rows: teamSize } = await client.query(`SELECT count(*)::int AS n FROM "User" WHERE "managerId" = $1`, [m[0].id]);
  await client.end();

  const { db } = await import('../../lib/db/client');
  const { getMyWork, getNavCounts, getWorkCounts } = await import('../../lib/server/commands/work/get-my-work');
  const { startTierReview, decideTierReviewItem } = await import('../../lib/server/commands/tier-reviews');
  const { moveOpportunityTier } = await import('../../lib/server/commands/opportunities');
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 4 });
  const session = managerSession(m[0]);
  ctx.log(`manager ${session.name}: ${teamSize[0].n} reps`);

  await getMyWork(db, session);
  const runs = 40;
  const work = await timeIt(runs, () => getMyWork(db, session));
  const rows = work.last.groups.map((g) => `${g.kind} ${g.count}/${g.items.length}`).join(', ');
  ctx.log(`work list (manager of ${teamSize[0].n} reps): p50 ${ms(work.p50)}, p95 ${ms(work.p95)} (target ≤ 100 ms) — ${rows}`);
  // what the layout renders on every page: the work badge (capped total) and the bell's unread count
  const counts = await timeIt(runs, () => getNavCounts(db, session));
  ctx.log(
    `nav counts: p50 ${ms(counts.p50)}, p95 ${ms(counts.p95)} (target ≤ 20 ms) — total ${counts.last.total}, unread ${counts.last.unread}`,
  );
  const perKind = await timeIt(runs, () => getWorkCounts(db, session));
  ctx.log(`counts per kind (each capped): p50 ${ms(perKind.p50)}, p95 ${ms(perKind.p95)} — total ${perKind.last.total}`);

  // the bare queries: uncapped counts through the edit scope (owner or owner's manager), no partial indexes' shape
  const bare = await timeIt(5, () =>
    pool.query(
      `SELECT
         (SELECT count(*) FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId"
           WHERE (o."ownerId" = $1 OR u."managerId" = $1) AND o.outcome = 'OPEN'
             AND now() - o."tierEnteredAt" > make_interval(days => CASE o.tier WHEN 4 THEN 60 WHEN 3 THEN 45 WHEN 2 THEN 30 ELSE 21 END)) AS stalled,
         (SELECT count(*) FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId"
           WHERE (o."ownerId" = $1 OR u."managerId" = $1) AND o.outcome = 'OPEN' AND o."nextStepDueDate" < current_date) AS overdue,
         (SELECT count(*) FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId" LEFT JOIN "Postmortem" p ON p."opportunityId" = o.id
           WHERE (o."ownerId" = $1 OR u."managerId" = $1) AND o.outcome IN ('WON','LOST','DROPPED') AND (p.id IS NULL OR p.status = 'DRAFT')) AS pm,
         (SELECT count(*) FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId"
           WHERE (o."ownerId" = $1 OR u."managerId" = $1) AND o.outcome = 'OPEN' AND o."bidDeadline" BETWEEN now() AND now() + interval '7 days') AS bids`,
      [session.userId],
    ),
  );
  ctx.log(
    `bare queries (uncapped team counts through the edit scope): p95 ${ms(bare.p95)} — stalled ${bare.last.rows[0].stalled}, overdue ${bare.last.rows[0].overdue}, postmortems ${bare.last.rows[0].pm}, bids ${bare.last.rows[0].bids}; work list ${(work.p95 / bare.p95).toFixed(3)}×, nav counts ${(counts.p95 / bare.p95).toFixed(3)}× of it`,
  );

  // 200 decisions in one review of the team (downgrades: no entry requirements, each a real move)
  const t1 = Date.now();
  const review = await startTierReview(db, session, { period: 'WEEKLY' });
  ctx.log(`team review started: ${review.items.toLocaleString()} deals frozen in ${Date.now() - t1} ms`);
  // the work list again, now with the team's open review: "tier-review decisions to make" has every frozen deal
  const withReview = await timeIt(runs, () => getMyWork(db, session));
  const navWithReview = await timeIt(runs, () => getNavCounts(db, session));
  ctx.log(
    `with the open review: work list p50 ${ms(withReview.p50)}, p95 ${ms(withReview.p95)}; nav counts p50 ${ms(navWithReview.p50)}, p95 ${ms(navWithReview.p95)}`,
  );
  const { rows: picks } = await pool.query(
    `SELECT i."opportunityId" AS id FROM "TierReviewItem" i WHERE i."reviewId" = $1 AND i.outcome = 'OPEN' AND i."currentTier" IN (1, 2, 3)
      ORDER BY i.id LIMIT 400`,
    [review.id],
  );
  const decide = await timeIt(200, (i) =>
    decideTierReviewItem(db, session, { reviewId: review.id, opportunityId: picks[i].id, decision: 'DOWNGRADE', reason: '벤치 강등' }),
  );
  ctx.log(`200 review decisions (each a tier move in its transaction): p50 ${ms(decide.p50)}, p95 ${ms(decide.p95)} (target ≤ 100 ms)`);
  const { rows: vers } = await pool.query(`SELECT id, version FROM "Opportunity" WHERE id = ANY($1::uuid[])`, [
    picks.slice(200, 400).map((p: { id: string }) => p.id),
  ]);
  const plain = await timeIt(vers.length, (i) =>
    moveOpportunityTier(db, session, { opportunityId: vers[i].id, to: 4, reason: '벤치 이동', version: vers[i].version }),
  );
  ctx.log(
    `bare board moves (moveOpportunityTier, same deals' kind): p50 ${ms(plain.p50)}, p95 ${ms(plain.p95)} → decisions ${(decide.p95 / plain.p95).toFixed(2)}× of it`,
  );
  await pool.end();
  await db.$disconnect();
}
