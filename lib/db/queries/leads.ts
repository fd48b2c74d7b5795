import 'server-only';
import { escapeLike } from '@/lib/domain/search/normalize';
import { z } from '@/lib/validation/z';
import { cursorCodec, cursorParts } from '@/lib/domain/pagination/cursor';
import type { LeadRow } from '@/lib/domain/leads/row';
import type { ListLeadsQuery } from '@/lib/validation/leads';

// Hot-path SQL for the lead inbox (keyset pages over 1M rows) and the bulk import upsert.
// Every inbox query is an index range scan: see the indexes in prisma/migrations/*_leads.

import type { Queryable } from '@/lib/db/queryable';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { writableLeadWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';

export type LeadListItem = {
  id: string;
  email: string | null;
  name: string | null;
  company: string | null;
  phone: string | null;
  temperature: 'HOT' | 'WARM' | 'COLD' | null;
  source: string | null;
  campaign: string | null;
  status: 'MQL' | 'SQL' | 'CONVERTED' | 'DISQUALIFIED';
  ownerId: string | null;
  ownerName: string | null;
  budget: string | null;
  need: string | null;
  intent: string | null;
  createdAt: string;
  version: number;
  opportunityId: string | null;
};

export type LeadScope = { ownerOnly: string | null }; // a rep sees only the leads assigned to them

const TS = `to_char(l."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const COMPANY = `coalesce(l.company, '')`;
export const SEARCH_EXPR = `(coalesce(l.email, '') || ' ' || coalesce(l.company, '') || ' ' || coalesce(l.name, ''))`;

/** Keyset cursor of the lead inbox: [sort key as text, lead id] of the last row. */
export const leadCursor = cursorCodec(z.tuple([z.string().max(1024), cursorParts.uuid]));

/** WHERE clause of the filters (without the cursor); `params` is appended to. */
function filterSql(f: Omit<ListLeadsQuery, 'sort' | 'cursor' | 'limit'>, scope: LeadScope, userId: string, params: unknown[]) {
  const where: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (scope.ownerOnly) where.push(`l."ownerId" = ${p(scope.ownerOnly)}::uuid`);
  if (f.status) where.push(`l.status = ${p(f.status)}::"LeadStatus"`);
  if (f.temperature) where.push(`l.temperature = ${p(f.temperature)}::"Temperature"`);
  if (f.source) where.push(`l.source = ${p(f.source)}::"LeadSource"`);
  if (f.campaign) where.push(`l.campaign = ${p(f.campaign)}`);
  if (f.owner === 'none') where.push(`l."ownerId" IS NULL`);
  else if (f.owner === 'me') where.push(`l."ownerId" = ${p(userId)}::uuid`);
  else if (f.owner) where.push(`l."ownerId" = ${p(f.owner)}::uuid`);
  if (f.from) where.push(`l."createdAt" >= (${p(f.from)}::date::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (f.to) where.push(`l."createdAt" < ((${p(f.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (f.q) where.push(`${SEARCH_EXPR} ILIKE ${p(`%${escapeLike(f.q)}%`)}`);
  return where;
}

const ORDER: Record<ListLeadsQuery['sort'], { key: string; keyCast: string; dir: 'ASC' | 'DESC'; order: string }> = {
  created_desc: { key: TS, keyCast: 'timestamptz', dir: 'DESC', order: `l."createdAt" DESC, l.id DESC` },
  created_asc: { key: TS, keyCast: 'timestamptz', dir: 'ASC', order: `l."createdAt" ASC, l.id ASC` },
  company_asc: { key: COMPANY, keyCast: 'text', dir: 'ASC', order: `${COMPANY} ASC, l.id ASC` },
  company_desc: { key: COMPANY, keyCast: 'text', dir: 'DESC', order: `${COMPANY} DESC, l.id DESC` },
};

/** One keyset page: LIMIT n+1 to know whether there is a next page; no OFFSET, no count. */
export async function listLeadsPage(q: Queryable, query: ListLeadsQuery, scope: LeadScope, userId: string) {
  const params: unknown[] = [];
  const where = filterSql(query, scope, userId, params);
  const o = ORDER[query.sort];
  const cur = query.cursor ? leadCursor.decode(query.cursor) : null;
  if (query.cursor && !cur) return { items: [] as LeadListItem[], nextCursor: null, badCursor: true };
  if (cur) {
    params.push(cur[0], cur[1]);
    const col = o.keyCast === 'timestamptz' ? `l."createdAt"` : COMPANY;
    where.push(`(${col}, l.id) ${o.dir === 'DESC' ? '<' : '>'} ($${params.length - 1}::${o.keyCast}, $${params.length}::uuid)`);
  }
  params.push(query.limit + 1);
  // a search sorted by company: collect the (trigram-indexed) matches first, then sort them — the
  // planner otherwise walks the company index filtering every row through ILIKE
  const from =
    query.q && o.keyCast === 'text'
      ? `(SELECT * FROM "Lead" l WHERE ${SEARCH_EXPR} ILIKE $${params.indexOf(`%${escapeLike(query.q)}%`) + 1} OFFSET 0) l`
      : `"Lead" l`;
  const sql = `
    SELECT l.id, l.email, l.name, l.company, l.phone, l.temperature, l.source, l.campaign, l.status,
           l."ownerId", u.name AS "ownerName", l.budget::text AS budget, l.need, l.intent,
           ${TS} AS "createdAt", l.version, l."opportunityId", ${o.key} AS sort_key
      FROM ${from} LEFT JOIN "User" u ON u.id = l."ownerId"
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${o.order}
     LIMIT $${params.length}`;
  const { rows } = await q.query(sql, params);
  const more = rows.length > query.limit;
  const page = (more ? rows.slice(0, query.limit) : rows) as (LeadListItem & { sort_key: string })[];
  const last = page.at(-1);
  const items = page.map(({ sort_key: _k, ...r }) => r as LeadListItem);
  return { items, nextCursor: more && last ? leadCursor.encode([last.sort_key, last.id]) : null, badCursor: false };
}

/** Matching rows, counted up to `cap` (an exact count over 1M rows is too slow for every page view). */
export async function countLeadsCapped(q: Queryable, query: ListLeadsQuery, scope: LeadScope, userId: string, cap = 1_000) {
  const params: unknown[] = [];
  const where = filterSql(query, scope, userId, params);
  params.push(cap + 1);
  const { rows } = await q.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Lead" l ${where.length ? `WHERE ${where.join(' AND ')}` : ''} LIMIT $${params.length}) s`,
    params,
  );
  const n = rows[0].n as number;
  return { count: Math.min(n, cap), capped: n > cap };
}

/** Distinct campaigns for the filter: a loose index scan (one index probe per campaign, not a scan of every lead). */
export async function recentCampaigns(q: Queryable, limit = 200): Promise<string[]> {
  const { rows } = await q.query(
    `WITH RECURSIVE c(campaign) AS (
       (SELECT campaign FROM "Lead" WHERE campaign IS NOT NULL ORDER BY campaign LIMIT 1)
       UNION ALL
       SELECT (SELECT l.campaign FROM "Lead" l WHERE l.campaign > c.campaign ORDER BY l.campaign LIMIT 1) FROM c WHERE c.campaign IS NOT NULL
     )
     SELECT campaign FROM c WHERE campaign IS NOT NULL LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.campaign as string);
}

const COLS = [
  'dedupeKey',
  'email',
  'name',
  'company',
  'title',
  'phone',
  'website',
  'companyDomain',
  'businessRegistrationNo',
  'source',
  'campaign',
  'temperature',
  'need',
  'intent',
  'budget',
  'notes',
] as const;
const TYPES: Record<(typeof COLS)[number], string> = {
  dedupeKey: 'text',
  email: 'text',
  name: 'text',
  company: 'text',
  title: 'text',
  phone: 'text',
  website: 'text',
  companyDomain: 'text',
  businessRegistrationNo: 'text',
  source: '"LeadSource"',
  campaign: 'text',
  temperature: '"Temperature"',
  need: 'text',
  intent: 'text',
  budget: 'numeric',
  notes: 'text',
};
const FILLABLE = COLS.filter((c) => c !== 'dedupeKey');

// One statement per chunk: new keys are inserted; an existing lead only has its EMPTY fields
// filled (never blanked, status untouched), and a row that would change nothing is not written
// at all (no version bump, no updatedAt) — that is what makes re-importing a file a no-op.
const UPSERT_SQL = `
  WITH up AS (
    INSERT INTO "Lead" (${COLS.map((c) => `"${c}"`).join(', ')}, "importBatchId", "updatedAt")
    SELECT ${COLS.map((c) => `u."${c}"`).join(', ')}, $${COLS.length + 1}::uuid, now()
      FROM unnest(${COLS.map((c, i) => `$${i + 1}::${TYPES[c]}[]`).join(', ')}) AS u(${COLS.map((c) => `"${c}"`).join(', ')})
    ON CONFLICT ("dedupeKey") DO UPDATE SET
      ${FILLABLE.map((c) => `"${c}" = COALESCE("Lead"."${c}", EXCLUDED."${c}")`).join(',\n      ')},
      version = "Lead".version + 1,
      "updatedAt" = now()
    WHERE ${FILLABLE.map((c) => `("Lead"."${c}" IS NULL AND EXCLUDED."${c}" IS NOT NULL)`).join('\n       OR ')}
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;

/** Upsert a chunk of normalised rows (unique dedupe keys within the chunk). */
export async function upsertLeadChunk(q: Queryable, rows: LeadRow[], batchId: string): Promise<{ created: number; updated: number }> {
  if (!rows.length) return { created: 0, updated: 0 };
  const arrays = COLS.map((c) => rows.map((r) => r[c]));
  const res = await q.query({ text: UPSERT_SQL, values: [...arrays, batchId] });
  return { created: res.rows[0].created as number, updated: res.rows[0].updated as number };
}

export type RowErrorInsert = { row: number; column: string | null; message: string };
export async function insertRowErrors(q: Queryable, batchId: string, errors: RowErrorInsert[]) {
  if (!errors.length) return;
  await q.query(
    `INSERT INTO "ImportRowError" ("batchId", row, "column", message)
     SELECT $1::uuid, r, c, m FROM unnest($2::int[], $3::text[], $4::text[]) AS e(r, c, m)`,
    [batchId, errors.map((e) => e.row), errors.map((e) => e.column), errors.map((e) => e.message)],
  );
}

// ---- the lead commands' reads and writes (one lead at a time, or a bulk action's few hundred)

/** What the inbox's row actions answer: the lead after the change. */
export const LEAD_VIEW = {
  id: true,
  status: true,
  version: true,
  ownerId: true,
  email: true,
  name: true,
  company: true,
  phone: true,
  temperature: true,
  need: true,
  intent: true,
  budget: true,
  updatedAt: true,
} as const;

/** What the drawer's edit form shows (POST/PATCH /api/v1/leads answer it with the checklist). */
export const LEAD_EDIT_SELECT = {
  id: true,
  status: true,
  email: true,
  website: true,
  companyDomain: true,
  company: true,
  name: true,
  title: true,
  phone: true,
  temperature: true,
  source: true,
  campaign: true,
  need: true,
  intent: true,
  budget: true,
  notes: true,
  businessRegistrationNo: true,
  ownerId: true,
  version: true,
} as const;

export function getLeadView(db: Db, id: string) {
  return db.lead.findUnique({ where: { id }, select: LEAD_VIEW });
}

export function getLeadForEdit(db: Db, id: string) {
  return db.lead.findUnique({ where: { id }, select: LEAD_EDIT_SELECT });
}

/** The lead if the actor may change it (lib/db/access.ts writableLeadWhere), else null. */
export async function findWritableLead(db: Db, actor: Actor, id: string) {
  return db.lead.findFirst({ where: { id, ...(await writableLeadWhere(db, actor)) } });
}

/** Of these leads, those the actor may change. */
export async function listWritableLeads(db: Db, actor: Actor, ids: readonly string[]) {
  return db.lead.findMany({ where: { id: { in: [...ids] }, ...(await writableLeadWhere(db, actor)) } });
}

/** One lead for the detail panel, with its owner and the import it came from; `ownerOnly` is a rep's read scope. */
export function findReadableLead(db: Db, id: string, ownerOnly: string | null) {
  return db.lead.findFirst({
    where: { id, ...(ownerOnly ? { ownerId: ownerOnly } : {}) },
    include: { owner: { select: { id: true, name: true } }, importBatch: { select: { fileName: true } } },
  });
}

/** The lead holding this dedupe key (email, else domain + company), or null. */
export function findLeadByDedupeKey(db: Db, dedupeKey: string) {
  return db.lead.findUnique({ where: { dedupeKey }, select: { id: true, email: true, company: true, name: true } });
}

export function insertLead(db: Db, data: Prisma.LeadUncheckedCreateInput) {
  return db.lead.create({ data, select: { id: true } });
}

/**
 * Compare-and-set write of one lead with a version bump (and, with `fromStatus`, only from one of
 * those statuses): false when the version or the status moved on (nothing written).
 */
export async function updateLeadAtVersion(
  db: Db,
  id: string,
  version: number,
  data: Prisma.LeadUncheckedUpdateManyInput,
  fromStatus?: readonly ('MQL' | 'SQL')[],
): Promise<boolean> {
  const n = await db.lead.updateMany({
    where: { id, version, ...(fromStatus ? { status: { in: [...fromStatus] } } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  return n.count === 1;
}

/** Bulk assign: the open leads among `ids` get this owner. */
export async function assignLeads(db: Db, ids: readonly string[], ownerId: string | null | undefined): Promise<void> {
  await db.lead.updateMany({ where: { id: { in: [...ids] } }, data: { ownerId, version: { increment: 1 } } });
}

/** Bulk qualify: the MQL leads among `ids` become SQL (with an owner when given). */
export async function qualifyLeads(db: Db, ids: readonly string[], at: Date, ownerId: string | undefined): Promise<void> {
  await db.lead.updateMany({
    where: { id: { in: [...ids] }, status: 'MQL' },
    data: { status: 'SQL', qualifiedAt: at, ...(ownerId ? { ownerId } : {}), version: { increment: 1 } },
  });
}

/** Bulk disqualify: the open leads among `ids` are disqualified with the reason. */
export async function disqualifyLeads(db: Db, ids: readonly string[], reasonId: string, note: string | null): Promise<void> {
  await db.lead.updateMany({
    where: { id: { in: [...ids] }, status: { in: ['MQL', 'SQL'] } },
    data: { status: 'DISQUALIFIED', disqualifyReasonId: reasonId, disqualifyNote: note, version: { increment: 1 } },
  });
}
