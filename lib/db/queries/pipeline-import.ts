import 'server-only';
import type pg from 'pg';
import type { PipelineRow } from '@/lib/domain/pipeline/row';

// The pipeline import's writes, set-based per chunk (no query per row, no createMany): rows go
// into a session temp table with one unnest INSERT, then a fixed number of statements resolve
// accounts (사업자등록번호 → domain → name, else new), match deals already imported (외부 키, else
// 공고번호/차수, else account + name), refuse rows whose 공고번호/차수 another deal holds, insert
// the new deals and their first tier-history rows, and fill matched deals' changed fields.
// The caller runs a chunk inside one transaction: a row is written whole or not at all.

type Queryable = Pick<pg.PoolClient, 'query'>;
export type StagedRow = PipelineRow & { row: number };
export type ChunkResult = {
  created: number;
  updated: number;
  skipped: number;
  accountsCreated: number;
  errors: { row: number; reason: string }[];
};

const STAGE_DDL = `
CREATE TEMP TABLE IF NOT EXISTS pipeline_stage (
  rn int, key text, ext_key text, name text, acc_name text, acc_norm text, brn text, domain text, owner_id uuid,
  tier smallint, outcome text, amount numeric, contract_amount numeric, close_date date, category_id uuid,
  region_scope text, country text, region_id uuid, next_step text, need text, bid_no text, bid_round int,
  entered_at date, unmet text, account_id uuid, new_account boolean DEFAULT false, opp_id uuid, new_opp uuid, err text)`;

const COLS: [keyof StagedRow, string][] = [
  ['row', 'int'],
  ['key', 'text'],
  ['externalKey', 'text'],
  ['name', 'text'],
  ['accountName', 'text'],
  ['accountNameNormalized', 'text'],
  ['businessRegistrationNo', 'text'],
  ['accountDomain', 'text'],
  ['ownerId', 'uuid'],
  ['tier', 'smallint'],
  ['outcome', 'text'],
  ['amount', 'numeric'],
  ['contractAmount', 'numeric'],
  ['expectedCloseDate', 'date'],
  ['categoryId', 'uuid'],
  ['regionScope', 'text'],
  ['country', 'text'],
  ['salesRegionId', 'uuid'],
  ['nextStep', 'text'],
  ['need', 'text'],
  ['bidNoticeNo', 'text'],
  ['bidRound', 'int'],
  ['tierEnteredAt', 'date'],
  ['unmet', 'text'],
];
const STAGE_INSERT = `INSERT INTO pipeline_stage (rn, key, ext_key, name, acc_name, acc_norm, brn, domain, owner_id, tier, outcome, amount,
  contract_amount, close_date, category_id, region_scope, country, region_id, next_step, need, bid_no, bid_round, entered_at, unmet)
  SELECT * FROM unnest(${COLS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;

// name keys compare like the account's name: a trimmed, case-folded deal name
const STEPS = [
  // 1. deals already imported: by 외부 키, else 공고번호/차수
  `UPDATE pipeline_stage s SET opp_id = o.id FROM "Opportunity" o WHERE s.ext_key IS NOT NULL AND o."externalKey" = s.ext_key`,
  `UPDATE pipeline_stage s SET opp_id = o.id FROM "Opportunity" o
    WHERE s.ext_key IS NULL AND s.bid_no IS NOT NULL AND o."bidNoticeNo" = s.bid_no AND o."bidRound" IS NOT DISTINCT FROM s.bid_round`,
  // 2. a new deal whose 공고번호/차수 another deal (or an earlier row) already holds: the row's error, nothing written for it
  `UPDATE pipeline_stage s SET err = 'bidNoticeTaken'
    WHERE s.opp_id IS NULL AND s.bid_no IS NOT NULL
      AND (EXISTS (SELECT 1 FROM "Opportunity" o WHERE o."bidNoticeNo" = s.bid_no AND o."bidRound" IS NOT DISTINCT FROM s.bid_round)
        OR EXISTS (SELECT 1 FROM pipeline_stage t WHERE t.bid_no = s.bid_no AND t.bid_round IS NOT DISTINCT FROM s.bid_round AND t.rn < s.rn AND t.opp_id IS NULL))`,
  // 3. existing accounts: 사업자등록번호 → domain → name (a name or domain match never joins two different 사업자등록번호)
  `UPDATE pipeline_stage s SET account_id = a.id FROM "Account" a WHERE s.err IS NULL AND s.brn IS NOT NULL AND a."businessRegistrationNo" = s.brn`,
  `UPDATE pipeline_stage s SET account_id = d.id FROM (
     SELECT DISTINCT ON (a.domain) a.domain, a.id, a."businessRegistrationNo" AS brn FROM "Account" a
      WHERE a.domain IN (SELECT domain FROM pipeline_stage WHERE account_id IS NULL AND domain IS NOT NULL) ORDER BY a.domain, a."createdAt") d
    WHERE s.err IS NULL AND s.account_id IS NULL AND s.domain = d.domain AND (s.brn IS NULL OR d.brn IS NULL)`,
  `UPDATE pipeline_stage s SET account_id = n.id FROM (
     SELECT DISTINCT ON (a."nameNormalized") a."nameNormalized" AS norm, a.id, a."businessRegistrationNo" AS brn FROM "Account" a
      WHERE a."nameNormalized" IN (SELECT acc_norm FROM pipeline_stage WHERE account_id IS NULL) ORDER BY a."nameNormalized", a."createdAt") n
    WHERE s.err IS NULL AND s.account_id IS NULL AND s.acc_norm = n.norm AND (s.brn IS NULL OR n.brn IS NULL)`,
  // 4. deals already imported by account + name
  `UPDATE pipeline_stage s SET opp_id = o.id FROM "Opportunity" o
    WHERE s.err IS NULL AND s.opp_id IS NULL AND s.ext_key IS NULL AND s.bid_no IS NULL AND s.account_id IS NOT NULL
      AND o."accountId" = s.account_id AND lower(o.name) = lower(s.name)`,
  // 5. new accounts for the new deals that matched none, one per 사업자등록번호 / domain / name
  `WITH g AS (
     SELECT gk, gen_random_uuid() AS id FROM (
       SELECT DISTINCT coalesce('b:' || brn, 'd:' || domain, 'n:' || acc_norm) AS gk FROM pipeline_stage
        WHERE err IS NULL AND opp_id IS NULL AND account_id IS NULL) x)
   UPDATE pipeline_stage s SET account_id = g.id, new_account = true FROM g
    WHERE s.err IS NULL AND s.opp_id IS NULL AND s.account_id IS NULL AND coalesce('b:' || s.brn, 'd:' || s.domain, 'n:' || s.acc_norm) = g.gk`,
  `INSERT INTO "Account" (id, name, "nameNormalized", "businessRegistrationNo", domain, "updatedAt")
   SELECT DISTINCT ON (account_id) account_id, acc_name, acc_norm, brn, domain, now() FROM pipeline_stage WHERE new_account ORDER BY account_id, rn`,
  // 6. the new deals, at the tier the sheet states, and their first tier-history row dated by 티어 진입일 (else now)
  `UPDATE pipeline_stage SET new_opp = gen_random_uuid() WHERE err IS NULL AND opp_id IS NULL`,
  `INSERT INTO "Opportunity" (id, name, "accountId", "ownerId", amount, "contractAmount", tier, outcome, "tierEnteredAt", "closedAt",
      "expectedCloseDate", "businessCategoryId", "regionScope", country, "salesRegionId", "nextStep", need, "bidNoticeNo", "bidRound",
      "externalKey", "importBatchId", "unmetAtEntry", "isPublicSector", position, "updatedAt")
   SELECT new_opp, name, account_id, owner_id, amount, contract_amount, tier, outcome::"Outcome",
      coalesce((entered_at::timestamp AT TIME ZONE 'Asia/Seoul'), $2::timestamptz),
      CASE WHEN tier = 0 THEN coalesce((entered_at::timestamp AT TIME ZONE 'Asia/Seoul'), $2::timestamptz) END,
      close_date, category_id, region_scope::"RegionScope", country, region_id, next_step, need, bid_no, bid_round,
      ext_key, $1::uuid, CASE WHEN unmet = '' THEN '{}'::text[] ELSE string_to_array(unmet, ',') END, bid_no IS NOT NULL,
      -extract(epoch FROM $2::timestamptz) - rn * 1e-6, $2::timestamptz
   FROM pipeline_stage WHERE new_opp IS NOT NULL`,
  `INSERT INTO "TierChange" ("opportunityId", "fromTier", "toTier", "fromOutcome", "toOutcome", reason, "actorId", "changedAt")
   SELECT new_opp, NULL, tier, NULL, outcome::"Outcome", 'import', $1::uuid, coalesce((entered_at::timestamp AT TIME ZONE 'Asia/Seoul'), $2::timestamptz)
   FROM pipeline_stage WHERE new_opp IS NOT NULL`,
];
// 7. a matched deal takes the sheet's newer plain values (never its tier: moves go through the engine); identical rows write nothing
const UPDATE_MATCHED = `
  WITH u AS (
    UPDATE "Opportunity" o SET amount = coalesce(s.amount, o.amount), "expectedCloseDate" = coalesce(s.close_date, o."expectedCloseDate"),
        "nextStep" = coalesce(s.next_step, o."nextStep"), "businessCategoryId" = coalesce(s.category_id, o."businessCategoryId"),
        need = coalesce(s.need, o.need), version = o.version + 1, "updatedAt" = $1::timestamptz
    FROM pipeline_stage s
    WHERE s.opp_id = o.id AND s.err IS NULL
      AND ((s.amount IS NOT NULL AND s.amount IS DISTINCT FROM o.amount) OR (s.close_date IS NOT NULL AND s.close_date IS DISTINCT FROM o."expectedCloseDate")
        OR (s.next_step IS NOT NULL AND s.next_step IS DISTINCT FROM o."nextStep") OR (s.category_id IS NOT NULL AND s.category_id IS DISTINCT FROM o."businessCategoryId")
        OR (s.need IS NOT NULL AND s.need IS DISTINCT FROM o.need))
    RETURNING o.id)
  SELECT count(*)::int AS n FROM u`;

export async function writePipelineChunk(
  q: Queryable,
  rows: StagedRow[],
  batchId: string,
  at: Date,
  actorId: string,
): Promise<ChunkResult> {
  if (!rows.length) return { created: 0, updated: 0, skipped: 0, accountsCreated: 0, errors: [] };
  await q.query(STAGE_DDL);
  await q.query('TRUNCATE pipeline_stage');
  const values = COLS.map(([c]) => rows.map((r) => (c === 'unmet' ? r.unmet.join(',') : (r[c] as unknown))));
  await q.query({ text: STAGE_INSERT, values });
  await q.query('ANALYZE pipeline_stage');
  for (const sql of STEPS) {
    // $1 is the batch (the deals' insert) or the actor (the history rows); $2 the import time
    const params = !sql.includes('$1') ? [] : sql.includes('"TierChange"') ? [actorId, at.toISOString()] : [batchId, at.toISOString()];
    await q.query(sql, params);
  }
  const upd = await q.query(UPDATE_MATCHED, [at.toISOString()]);
  const stats = await q.query(`
    SELECT count(*) FILTER (WHERE new_opp IS NOT NULL)::int AS created,
           count(*) FILTER (WHERE opp_id IS NOT NULL AND err IS NULL)::int AS matched,
           count(DISTINCT account_id) FILTER (WHERE new_account)::int AS accounts,
           coalesce(array_agg(rn ORDER BY rn) FILTER (WHERE err IS NOT NULL), '{}') AS err_rows,
           coalesce(array_agg(err ORDER BY rn) FILTER (WHERE err IS NOT NULL), '{}') AS err_reasons
      FROM pipeline_stage`);
  const s = stats.rows[0] as { created: number; matched: number; accounts: number; err_rows: number[]; err_reasons: string[] };
  const updated = upd.rows[0].n as number;
  return {
    created: s.created,
    updated,
    skipped: s.matched - updated,
    accountsCreated: s.accounts,
    errors: s.err_rows.map((row, i) => ({ row, reason: s.err_reasons[i]! })),
  };
}

/** Reference data the row rules look up, loaded once per import. */
export async function loadPipelineRefs(q: Pick<pg.Pool, 'query'>) {
  const [users, cats, regions] = await Promise.all([
    q.query(
      `SELECT id, lower(email) AS email, name FROM "User" WHERE "disabledAt" IS NULL AND roles && ARRAY['SALES_REP','SALES_MANAGER']::"Role"[]`,
    ),
    q.query(`SELECT id, code, "nameKo", "nameEn" FROM "BusinessCategory"`),
    q.query(`SELECT id, code, "nameKo", "nameEn", scope::text AS scope FROM "SalesRegion"`),
  ]);
  return {
    users: users.rows as { id: string; email: string; name: string }[],
    categories: cats.rows as { id: string; code: string; nameKo: string; nameEn: string }[],
    regions: regions.rows as { id: string; code: string; nameKo: string; nameEn: string; scope: 'DOMESTIC' | 'OVERSEAS' }[],
  };
}
