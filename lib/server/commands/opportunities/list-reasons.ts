import 'server-only';
import type { Db } from '@/lib/db/client';

// Admin reason lists (caller checks settings:manage)
export async function listReasons(db: Db, opts: { activeOnly?: boolean } = {}) {
  return db.reason.findMany({
    where: opts.activeOnly ? { active: true } : {}, // every reason list, DISQUALIFY included (settings)
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { labelKo: 'asc' }],
    select: { id: true, kind: true, code: true, labelKo: true, labelEn: true, active: true },
  });
}
