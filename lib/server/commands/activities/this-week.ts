import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { listThisWeek } from '@/lib/db/queries/activities';
import { nextStepState, thisWeek } from '@/lib/domain/work/this-week';
import { assertCan } from '@/lib/server/authorize';

/** The signed-in rep's "이번 주": own next steps (overdue flagged) and bid deadlines to Sunday. */
export async function getThisWeek(db: Db, session: AppSession, now = new Date()) {
  assertCan(session, 'work:read');
  const w = thisWeek(now);
  const items = await listThisWeek(db, session.userId, w);
  return {
    monday: w.monday,
    sunday: w.sunday,
    items: items.map((i) => ({ ...i, overdue: i.kind === 'NEXT_STEP' && nextStepState(i.at, w.today) === 'overdue' })),
  };
}
