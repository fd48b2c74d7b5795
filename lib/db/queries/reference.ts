import 'server-only';
import type { Db } from '@/lib/db/client';

// Reference data the pages offer in their pickers: close reasons, business categories, sales
// regions, competitors and people. Read-only, small, ordered for display.

const CLOSE_REASON_KINDS = ['WON', 'LOST', 'NO_BID', 'DROPPED'] as const;

/** Active reasons for closing a deal (Tier 0), by kind then the admin's order. */
export function listCloseReasons(db: Db) {
  return db.reason.findMany({
    where: { kind: { in: [...CLOSE_REASON_KINDS] }, active: true },
    select: { id: true, kind: true, labelKo: true, labelEn: true },
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }],
  });
}

export function listActiveCategories(db: Db) {
  return db.businessCategory.findMany({
    where: { active: true },
    select: { id: true, nameKo: true, nameEn: true },
    orderBy: { sortOrder: 'asc' },
  });
}

export function listActiveRegions(db: Db) {
  return db.salesRegion.findMany({
    where: { active: true },
    select: { id: true, nameKo: true, nameEn: true },
    orderBy: { sortOrder: 'asc' },
  });
}

export function listCompetitorOptions(db: Db, take?: number) {
  return db.competitor.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' }, ...(take ? { take } : {}) });
}
