// Seeds N synthetic leads (default 1,000,000) for the inbox benchmark, in one INSERT … SELECT
// over generate_series (no client round trips): realistic spread of status, temperature,
// source, ~200 campaigns, 20 owners (half the leads unassigned), 2 years of createdAt.
// Usage: DATABASE_URL=… npx tsx scripts/seed-leads-scale.ts [count]
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export async function seedLeadsScale(pool: pg.Pool, count: number, log: (s: string) => void = console.log) {
  const t0 = Date.now();
  const owners: string[] = [];
  for (let i = 0; i < 20; i++) {
    const { rows } = await pool.query(
      `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, 'x', '{SALES_REP}', now())
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [`scale-rep-${i}@bench.local`, `벤치 영업 ${i}`],
    );
    owners.push(rows[0].id);
  }
  const chunk = 250_000;
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    await pool.query(
      `INSERT INTO "Lead" ("dedupeKey", email, name, company, phone, "companyDomain", source, campaign, temperature, need, budget,
                           status, "ownerId", "createdAt", "updatedAt")
       SELECT 'e:scale' || g || '@corp' || (g % 5000) || '.co.kr',
              'scale' || g || '@corp' || (g % 5000) || '.co.kr',
              '담당자' || g,
              '회사' || (g % 5000) || (CASE WHEN g % 3 = 0 THEN '테크' WHEN g % 3 = 1 THEN '시스템' ELSE '정보통신' END),
              CASE WHEN g % 4 = 0 THEN NULL ELSE '+8210' || lpad((g % 100000000)::text, 8, '0') END,
              'corp' || (g % 5000) || '.co.kr',
              (ARRAY['WEB_PAGE','WHITE_PAPER','BLOG','INFOGRAPHIC','PRESENTATION','BUSINESS_CARD','NEWSLETTER','SEMINAR','INTERVIEW','OTHER'])[1 + g % 10]::"LeadSource",
              '캠페인 ' || (g % 200),
              (ARRAY['HOT','WARM','COLD'])[1 + (g / 7) % 3]::"Temperature",
              CASE WHEN g % 5 = 0 THEN '클라우드 전환' ELSE NULL END,
              CASE WHEN g % 6 = 0 THEN (g % 50) * 10000000 ELSE NULL END,
              (ARRAY['MQL','MQL','MQL','MQL','MQL','SQL','SQL','CONVERTED','DISQUALIFIED','DISQUALIFIED'])[1 + (g / 3) % 10]::"LeadStatus",
              CASE WHEN g % 2 = 0 THEN ($3::uuid[])[1 + (g / 2) % 20] ELSE NULL END,
              now() - ((g::float8 / $2) * interval '730 days'),
              now()
         FROM generate_series($1::int, $4::int) AS g
       ON CONFLICT ("dedupeKey") DO NOTHING`,
      [start, count, owners, end - 1],
    );
    log(`seeded ${end.toLocaleString()} / ${count.toLocaleString()} leads (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await pool.query('ANALYZE "Lead"');
  return { owners };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  seedLeadsScale(pool, Number(process.argv[2] ?? 1_000_000))
    .then(() => pool.end())
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
