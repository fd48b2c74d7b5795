import 'server-only';
import { z } from '@/lib/validation/z';
import { cursorCodec, cursorParts } from '@/lib/domain/pagination/cursor';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { auditDiff, type AuditChange } from '@/lib/domain/audit/diff';
import type { AuditQuery } from '@/lib/validation/audit';
import { DomainError } from '../errors';
import { assertCan } from '@/lib/server/authorize';

// The audit trail (SPEC "Beyond the method"): /settings/audit, its action, GET /api/v1/audit and
// the CSV export read pages through this. Newest first, keyset on (at, id) — no OFFSET, no count:
// AuditLog_at_id_idx (20261127090000_global_search), (actorId, at) and (entityType, entityId, at).
// 'audit:read' is checked here as well as by the callers' wrappers; every row is visible then.

export type AuditItem = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  href: string | null;
  before: unknown;
  after: unknown;
  changes: AuditChange[];
};

type Row = Omit<AuditItem, 'href' | 'changes' | 'at'> & {
  at: Date;
  cursorAt: string;
  leadOpportunityId: string | null;
  leadQuery: string | null;
};

/** Keyset cursor of the audit list: [epoch microseconds, bigint id] of the last row. */
export const auditCursor = cursorCodec(z.tuple([cursorParts.integer, z.string().regex(/^\d{1,20}$/)]));

const UUID = `'^[0-9a-fA-F-]{36}$'`;
const asUuid = (type: string) => Prisma.raw(`CASE WHEN l."entityType" = '${type}' AND l."entityId" ~ ${UUID} THEN l."entityId"::uuid END`);

function hrefOf(r: Row): string | null {
  switch (r.entityType) {
    case 'Opportunity':
      return r.entityLabel !== null ? `/opportunities/${r.entityId}` : null;
    case 'Account':
      return r.entityLabel !== null ? `/accounts/${r.entityId}` : null;
    case 'Lead':
      if (r.leadOpportunityId) return `/opportunities/${r.leadOpportunityId}`;
      return r.leadQuery ? `/leads?q=${encodeURIComponent(r.leadQuery)}` : null;
    default:
      return null;
  }
}

export async function listAudit(
  db: Db,
  session: AppSession,
  query: AuditQuery,
): Promise<{ items: AuditItem[]; nextCursor: string | null }> {
  assertCan(session, 'audit:read');
  const decoded = query.cursor ? auditCursor.decode(query.cursor) : undefined;
  const after = decoded ? { at: decoded[0], id: decoded[1] } : decoded;
  if (after === null)
    throw new DomainError('VALIDATION', 'audit.errors.badCursor', { fields: [{ path: 'cursor', message: 'invalid cursor' }] });
  const where: Prisma.Sql[] = [];
  if (query.actor) where.push(Prisma.sql`l."actorId" = ${query.actor}::uuid`);
  if (query.entityType) where.push(Prisma.sql`l."entityType" = ${query.entityType}`);
  if (query.entityId) where.push(Prisma.sql`l."entityId" = ${query.entityId}`);
  // an action filter matches the action or any action under it ("opportunity" → opportunity.update, opportunity.tier.move…)
  if (query.action)
    where.push(Prisma.sql`(l.action = ${query.action} OR l.action LIKE ${query.action.replace(/[\\%_]/g, (c) => `\\${c}`) + '.%'})`);
  if (query.from) where.push(Prisma.sql`l.at >= (${query.from}::date::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (query.to) where.push(Prisma.sql`l.at < ((${query.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')`);
  if (after)
    where.push(Prisma.sql`(l.at, l.id) < ('epoch'::timestamptz + ${after.at}::bigint * interval '1 microsecond', ${after.id}::bigint)`);
  const rows = await db.$queryRaw<Row[]>`
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
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      entityLabel: r.entityLabel,
      href: hrefOf(r),
      before: r.before,
      after: r.after,
      changes: auditDiff(r.before, r.after),
    })),
    nextCursor: rows.length > query.limit && last ? auditCursor.encode([last.cursorAt, last.id]) : null,
  };
}
