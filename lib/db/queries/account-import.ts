import 'server-only';
import type { Queryable } from '@/lib/db/queryable';
import type { AccountImportRow } from '@/lib/domain/accounts/import';

// The accounts + contacts import's writes (lib/server/import/account-runner.ts), set-based per
// chunk like the pipeline import (no query per row, no createMany): the chunk goes into a session
// temp table with one unnest INSERT, then a fixed number of statements resolve accounts
// (사업자등록번호 → domain → name, else new — one per 사업자등록번호 / domain / name), fill matched
// accounts' empty or changed fields, match contacts within their account (email, else name), insert
// the new ones and fill matched contacts' changed fields. Identical rows write nothing (a re-import
// of the same file is all "skipped"). The caller runs a chunk inside one transaction.

export type StagedAccountRow = AccountImportRow & { row: number };
export type AccountChunkResult = {
  created: number;
  updated: number;
  skipped: number;
  accountsCreated: number;
  accountsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
};

const STAGE_DDL = `
CREATE TEMP TABLE IF NOT EXISTS account_stage (
  rn int, acc_key text, contact_key text, acc_name text, acc_norm text, brn text, domain text, industry text, country text,
  region_id uuid, c_name text, c_title text, c_email text, c_phone text,
  account_id uuid, new_account boolean DEFAULT false, acc_updated boolean DEFAULT false,
  contact_id uuid, new_contact boolean DEFAULT false, contact_updated boolean DEFAULT false)`;

const COLS: [keyof StagedAccountRow, string][] = [
  ['row', 'int'],
  ['accountKey', 'text'],
  ['contactKey', 'text'],
  ['accountName', 'text'],
  ['accountNameNormalized', 'text'],
  ['businessRegistrationNo', 'text'],
  ['domain', 'text'],
  ['industry', 'text'],
  ['country', 'text'],
  ['salesRegionId', 'uuid'],
  ['contactName', 'text'],
  ['contactTitle', 'text'],
  ['contactEmail', 'text'],
  ['contactPhone', 'text'],
];
const STAGE_INSERT = `INSERT INTO account_stage (rn, acc_key, contact_key, acc_name, acc_norm, brn, domain, industry, country, region_id,
  c_name, c_title, c_email, c_phone) SELECT * FROM unnest(${COLS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;

const STEPS = [
  // 1. existing accounts: 사업자등록번호 → domain → name (a domain or name match never joins two different 사업자등록번호)
  `UPDATE account_stage s SET account_id = a.id FROM "Account" a WHERE s.brn IS NOT NULL AND a."businessRegistrationNo" = s.brn`,
  `UPDATE account_stage s SET account_id = d.id FROM (
     SELECT DISTINCT ON (a.domain) a.domain, a.id, a."businessRegistrationNo" AS brn FROM "Account" a
      WHERE a.domain IN (SELECT domain FROM account_stage WHERE account_id IS NULL AND domain IS NOT NULL) ORDER BY a.domain, a."createdAt") d
    WHERE s.account_id IS NULL AND s.domain = d.domain AND (s.brn IS NULL OR d.brn IS NULL)`,
  `UPDATE account_stage s SET account_id = n.id FROM (
     SELECT DISTINCT ON (a."nameNormalized") a."nameNormalized" AS norm, a.id, a."businessRegistrationNo" AS brn FROM "Account" a
      WHERE a."nameNormalized" IN (SELECT acc_norm FROM account_stage WHERE account_id IS NULL) ORDER BY a."nameNormalized", a."createdAt") n
    WHERE s.account_id IS NULL AND s.acc_norm = n.norm AND (s.brn IS NULL OR n.brn IS NULL)`,
  // 2. matched accounts take the sheet's values (first row per account): industry, country, region; domain and
  //    사업자등록번호 only where the account has none (and no other account holds that number)
  `WITH f AS (SELECT DISTINCT ON (account_id) * FROM account_stage WHERE account_id IS NOT NULL ORDER BY account_id, rn),
        fb AS (SELECT DISTINCT ON (brn) account_id, brn FROM f WHERE brn IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM "Account" x WHERE x."businessRegistrationNo" = f.brn) ORDER BY brn, rn),
        u AS (
     UPDATE "Account" a SET industry = coalesce(f.industry, a.industry), country = coalesce(f.country, a.country),
         "salesRegionId" = coalesce(f.region_id, a."salesRegionId"), domain = coalesce(a.domain, f.domain),
         "businessRegistrationNo" = coalesce(a."businessRegistrationNo", fb.brn), version = a.version + 1, "updatedAt" = now()
     FROM f LEFT JOIN fb ON fb.account_id = f.account_id
     WHERE f.account_id = a.id
       AND ((f.industry IS NOT NULL AND f.industry IS DISTINCT FROM a.industry) OR (f.country IS NOT NULL AND f.country <> a.country)
         OR (f.region_id IS NOT NULL AND f.region_id IS DISTINCT FROM a."salesRegionId") OR (a.domain IS NULL AND f.domain IS NOT NULL)
         OR (a."businessRegistrationNo" IS NULL AND fb.brn IS NOT NULL))
     RETURNING a.id)
   UPDATE account_stage s SET acc_updated = true FROM u WHERE s.account_id = u.id`,
  // 3. new accounts, one per 사업자등록번호 / domain / name of the file
  `WITH g AS (SELECT acc_key, gen_random_uuid() AS id FROM (SELECT DISTINCT acc_key FROM account_stage WHERE account_id IS NULL) x)
   UPDATE account_stage s SET account_id = g.id, new_account = true FROM g WHERE s.account_id IS NULL AND s.acc_key = g.acc_key`,
  `INSERT INTO "Account" (id, name, "nameNormalized", "businessRegistrationNo", domain, industry, country, "salesRegionId", "updatedAt")
   SELECT DISTINCT ON (account_id) account_id, acc_name, acc_norm, brn, domain, industry, coalesce(country, 'KR'), region_id, now()
   FROM account_stage WHERE new_account ORDER BY account_id, rn`,
  // 4. contacts already on the account: by email, else by name (when one side has no email); removed ones are not matched
  `UPDATE account_stage s SET contact_id = c.id FROM (
     SELECT DISTINCT ON ("accountId", lower(email)) id, "accountId", lower(email) AS email FROM "Contact"
      WHERE "deletedAt" IS NULL AND email IS NOT NULL AND "accountId" IN (SELECT account_id FROM account_stage WHERE c_email IS NOT NULL)
      ORDER BY "accountId", lower(email), "createdAt") c
    WHERE s.c_name IS NOT NULL AND s.c_email IS NOT NULL AND c."accountId" = s.account_id AND c.email = s.c_email`,
  `UPDATE account_stage s SET contact_id = c.id FROM (
     SELECT DISTINCT ON ("accountId", lower(name)) id, "accountId", lower(name) AS name, email FROM "Contact"
      WHERE "deletedAt" IS NULL AND "accountId" IN (SELECT account_id FROM account_stage WHERE c_name IS NOT NULL AND contact_id IS NULL)
      ORDER BY "accountId", lower(name), "createdAt") c
    WHERE s.contact_id IS NULL AND s.c_name IS NOT NULL AND c."accountId" = s.account_id AND c.name = lower(s.c_name)
      AND (s.c_email IS NULL OR c.email IS NULL)`,
  // 5. matched contacts take the sheet's title and phone, and its email where they have none (first row per contact)
  `WITH f AS (SELECT DISTINCT ON (contact_id) * FROM account_stage WHERE contact_id IS NOT NULL ORDER BY contact_id, rn),
        u AS (
     UPDATE "Contact" c SET title = coalesce(f.c_title, c.title), phone = coalesce(f.c_phone, c.phone), email = coalesce(c.email, f.c_email),
         version = c.version + 1, "updatedAt" = now()
     FROM f WHERE f.contact_id = c.id
       AND ((f.c_title IS NOT NULL AND f.c_title IS DISTINCT FROM c.title) OR (f.c_phone IS NOT NULL AND f.c_phone IS DISTINCT FROM c.phone)
         OR (c.email IS NULL AND f.c_email IS NOT NULL))
     RETURNING c.id)
   UPDATE account_stage s SET contact_updated = true FROM u WHERE s.contact_id = u.id`,
  // 6. new contacts, one per account + email (else name)
  `WITH g AS (SELECT account_id, contact_key, gen_random_uuid() AS id FROM (
       SELECT DISTINCT account_id, contact_key FROM account_stage WHERE c_name IS NOT NULL AND contact_id IS NULL) x)
   UPDATE account_stage s SET contact_id = g.id, new_contact = true FROM g
    WHERE s.contact_id IS NULL AND s.c_name IS NOT NULL AND s.account_id = g.account_id AND s.contact_key = g.contact_key`,
  `INSERT INTO "Contact" (id, "accountId", name, title, email, phone, "updatedAt")
   SELECT DISTINCT ON (contact_id) contact_id, account_id, c_name, c_title, c_email, c_phone, now()
   FROM account_stage WHERE new_contact ORDER BY contact_id, rn`,
];

// Per row: created (it made the account or contact it names), updated (it changed one), else skipped.
const STATS = `
  WITH r AS (
    SELECT rn, new_account, acc_updated, new_contact, contact_updated, c_name IS NOT NULL AS has_contact, account_id, contact_id,
           rn = min(rn) OVER (PARTITION BY account_id) AS first_of_account,
           rn = min(rn) OVER (PARTITION BY contact_id) AS first_of_contact
      FROM account_stage)
  SELECT count(*) FILTER (WHERE (new_account AND first_of_account) OR (new_contact AND first_of_contact))::int AS created,
         count(*) FILTER (WHERE NOT ((new_account AND first_of_account) OR (new_contact AND first_of_contact))
                            AND ((acc_updated AND first_of_account) OR (contact_updated AND first_of_contact)))::int AS updated,
         count(*)::int AS total,
         count(DISTINCT account_id) FILTER (WHERE new_account)::int AS accounts_created,
         count(DISTINCT account_id) FILTER (WHERE acc_updated)::int AS accounts_updated,
         count(DISTINCT contact_id) FILTER (WHERE new_contact)::int AS contacts_created,
         count(DISTINCT contact_id) FILTER (WHERE contact_updated)::int AS contacts_updated
    FROM r`;

export async function writeAccountChunk(q: Queryable, rows: StagedAccountRow[]): Promise<AccountChunkResult> {
  const none = { created: 0, updated: 0, skipped: 0, accountsCreated: 0, accountsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 };
  if (!rows.length) return none;
  await q.query(STAGE_DDL);
  await q.query('TRUNCATE account_stage');
  await q.query({ text: STAGE_INSERT, values: COLS.map(([c]) => rows.map((r) => r[c] as unknown)) });
  await q.query('ANALYZE account_stage');
  for (const sql of STEPS) await q.query(sql);
  const { rows: s } = await q.query(STATS);
  const x = s[0] as {
    created: number;
    updated: number;
    total: number;
    accounts_created: number;
    accounts_updated: number;
    contacts_created: number;
    contacts_updated: number;
  };
  return {
    created: x.created,
    updated: x.updated,
    skipped: x.total - x.created - x.updated,
    accountsCreated: x.accounts_created,
    accountsUpdated: x.accounts_updated,
    contactsCreated: x.contacts_created,
    contactsUpdated: x.contacts_updated,
  };
}

/** Sales regions for the row rules (지역 by code or Korean/English name), loaded once per import. */
export async function loadAccountImportRegions(q: Queryable) {
  const { rows } = await q.query(`SELECT id, code, "nameKo", "nameEn", scope::text AS scope, "countryCode" FROM "SalesRegion"`);
  return rows as { id: string; code: string; nameKo: string; nameEn: string; scope: 'DOMESTIC' | 'OVERSEAS'; countryCode: string | null }[];
}
