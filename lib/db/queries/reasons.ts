import 'server-only';
import type { Db } from '@/lib/db/client';
import type { ReasonKind } from '@/lib/db/generated/client';

// The admin reason lists (win/loss/no-bid/drop reasons on deals, disqualify reasons on leads) and
// the reasons a deal carries.

/** Every reason list for the settings page (DISQUALIFY included), or only the active reasons. */
export function listReasons(db: Db, opts: { activeOnly?: boolean } = {}) {
  return db.reason.findMany({
    where: opts.activeOnly ? { active: true } : {},
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { labelKo: 'asc' }],
    select: { id: true, kind: true, code: true, labelKo: true, labelEn: true, active: true },
  });
}

export async function reasonCodeTaken(db: Db, kind: ReasonKind, code: string): Promise<boolean> {
  return !!(await db.reason.findUnique({ where: { kind_code: { kind, code } }, select: { id: true } }));
}

/** A new reason at the end of its kind's list. */
export async function insertReasonLast(db: Db, r: { kind: ReasonKind; code: string; labelKo: string; labelEn: string }) {
  const max = await db.reason.aggregate({ where: { kind: r.kind }, _max: { sortOrder: true } });
  return db.reason.create({ data: { ...r, sortOrder: (max._max.sortOrder ?? 0) + 1 }, select: { id: true } });
}

export function findReason(db: Db, id: string) {
  return db.reason.findUnique({ where: { id }, select: { active: true, kind: true } });
}

export async function setReasonActive(db: Db, id: string, active: boolean): Promise<void> {
  await db.reason.update({ where: { id }, data: { active } });
}

/** Whether every id is an active close reason (won, lost, no-bid, dropped). */
export async function areActiveCloseReasons(db: Db, ids: readonly string[]): Promise<boolean> {
  const found = await db.reason.count({
    where: { id: { in: [...ids] }, active: true, kind: { in: ['WON', 'LOST', 'NO_BID', 'DROPPED'] } },
  });
  return found === ids.length;
}

/** The deal's reasons become exactly these. */
export async function replaceOpportunityReasons(db: Db, opportunityId: string, reasonIds: readonly string[]): Promise<void> {
  await db.opportunityReason.deleteMany({ where: { opportunityId } });
  if (reasonIds.length) await db.opportunityReason.createMany({ data: reasonIds.map((reasonId) => ({ opportunityId, reasonId })) });
}

/** An active disqualify reason by its code (or id); null when there is none. */
export function findActiveDisqualifyReason(db: Db, codeOrId: string) {
  return db.reason.findFirst({
    where: { kind: 'DISQUALIFY', active: true, OR: [{ code: codeOrId }, ...(/^[0-9a-f-]{36}$/i.test(codeOrId) ? [{ id: codeOrId }] : [])] },
  });
}

/** The active disqualify reasons, in the admin's order (the inbox's picker). */
export function listDisqualifyReasons(db: Db) {
  return db.reason.findMany({
    where: { kind: 'DISQUALIFY', active: true },
    orderBy: [{ sortOrder: 'asc' }, { labelKo: 'asc' }],
    select: { id: true, code: true, labelKo: true, labelEn: true },
  });
}
