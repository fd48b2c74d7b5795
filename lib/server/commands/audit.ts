import 'server-only';
import { z } from '@/lib/validation/z';
import { cursorCodec, cursorParts } from '@/lib/domain/pagination/cursor';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { listAuditRows, type AuditRow } from '@/lib/db/queries/audit';
import { auditDiff, type AuditChange } from '@/lib/domain/audit/diff';
import type { AuditQuery } from '@/lib/validation/audit';
import { DomainError } from '../errors';
import { assertCan } from '@/lib/server/authorize';

// The audit trail (SPEC "Beyond the method"): /settings/audit, its action, GET /api/v1/audit and
// the CSV export read pages through this. Newest first, keyset on (at, id) — no OFFSET, no count:
// AuditLog_at_id_idx (20261127090000_global_search), (actorId, at) and (entityType, entityId, at).
// 'audit:read' is checked here as well as by the callers' wrappers; every row is visible then.

/** A row of the trail as the viewer, the API and the export show it. */
export type AuditItem = Omit<AuditRow, 'at' | 'cursorAt' | 'leadOpportunityId' | 'leadQuery'> & {
  at: string;
  href: string | null;
  changes: AuditChange[];
};

/** Keyset cursor of the audit list: [epoch microseconds, bigint id] of the last row. */
export const auditCursor = cursorCodec(z.tuple([cursorParts.integer, z.string().regex(/^\d{1,20}$/)]));

function hrefOf(r: AuditRow): string | null {
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
  const rows = await listAuditRows(db, query, after ?? null, query.limit + 1);
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
