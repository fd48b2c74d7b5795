import 'server-only';
import { escapeLike } from '@/lib/domain/search/normalize';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { AuditQuery } from '@/lib/validation/audit';

// The audit trail's page query: newest first, keyset on (at, id) — no OFFSET, no count:
// AuditLog_at_id_idx (20261127090000_global_search), (actorId, at) and (entityType, entityId, at).
// Each row carries a label of the record it is about (opportunity, account or lead).

export type AuditRow = {
  id: string;
  at: Date;
  cursorAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  before: unknown;
  after: unknown;
  leadOpportunityId: string | null;
  leadQuery: string | null;
};

export type AuditEntry = {
  actorId: string | null;
  action: string; // e.g. "opportunity.tier.move"
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** An audit row's JSON: bigints as strings, undefined → NULL. */
const auditJson = (v: unknown) =>
  v === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))) as Prisma.InputJsonValue);

const auditData = (e: AuditEntry) => ({
  actorId: e.actorId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: auditJson(e.before),
  after: auditJson(e.after),
});

/** Append one audit row; call inside the command's transaction (lib/server/audit.ts `audit`). */
export async function insertAuditRow(db: Db, e: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: auditData(e) });
}

/** Append one audit row per entry in one statement (a bulk command's rows). */
export async function insertAuditRows(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.auditLog.createMany({ data: entries.map(auditData) });
}

const UUID = `'^[0-9a-fA-F-]{36}$'`;
const asUuid = (type: string) => Prisma.raw(`CASE WHEN l."entityType" = '${type}' AND l."entityId" ~ ${UUID} THEN l."entityId"::uuid END`);

/** Up to `limit` rows matching the filters, after the keyset position `after` (microseconds, id). */
export async function listAuditRows(
  db: Db,
  query: Omit<AuditQuery, 'cursor' | 'limit'>,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<AuditRow[]> {
  const where: Prisma.Sql[] = [];
  if (query.actor) where.push(Prisma.sql`l."actorId" = ${query.actor}::uuid`);
  if (query.entityType) where.push(Prisma.sql`l."entityType" = ${query.entityType}`);
  if (query.entityId) where.push(Prisma.sql`l."entityId" = ${query.entityId}`);
  // an action filter matches the action or any action under it ("opportunity" → opportunity.update, opportunity.tier.move…)
  if (query.action) where.push(Prisma.sql`(l.action = ${query.action} OR l.action LIKE ${escapeLike(query.action) + '.%'})`);
  if (query.from) where.push(Prisma.sql`l.at >= (${query.from}::date::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (query.to) where.push(Prisma.sql`l.at < ((${query.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (after)
    where.push(Prisma.sql`(l.at, l.id) < ('epoch'::timestamptz + ${after.at}::bigint * interval '1 microsecond', ${after.id}::bigint)`);
  return db.$queryRaw<AuditRow[]>`
    SELECT l.id::text AS id, l.at, (extract(epoch FROM l.at) * 1000000)::bigint::text AS "cursorAt",
           l."actorId"::text AS "actorId", u.name AS "actorName", l.action, l."entityType", l."entityId", l.before, l.after,
           coalesce(o.name, a.name, ld.company, ld.name, ld.email) AS "entityLabel",
           ld."opportunityId"::text AS "leadOpportunityId", coalesce(ld.email, ld.company, ld.name) AS "leadQuery"
    FROM "AuditLog" l
    LEFT JOIN "User" u ON u.id = l."actorId"
    LEFT JOIN "Opportunity" o ON o.id = ${asUuid('Opportunity')}
    LEFT JOIN "Account" a ON a.id = ${asUuid('Account')}
    LEFT JOIN "Lead" ld ON ld.id = ${asUuid('Lead')}
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
    ORDER BY l.at DESC, l.id DESC
    LIMIT ${limit}`;
}
