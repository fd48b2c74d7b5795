import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { ownOpportunityWhere } from '@/lib/db/access';
import { listNearBidDeadlines } from '@/lib/db/queries/bids';
import { BID_DEADLINE_WINDOW_DAYS } from '@/lib/domain/tools/deadlines';
import { assertCan } from '@/lib/server/authorize';

/**
 * Open deals whose 입찰 마감 is within the next 7 days, soonest first (the dashboard): the caller's
 * own deals — a rep's, a manager's and their team's, every deal for executives and admins
 * (lib/domain/access ownDealsScope). Index: Opportunity(bidDeadline).
 */
export async function listBidDeadlinesSoon(db: Db, session: AppSession, now = new Date()) {
  assertCan(session, 'opportunity:read');
  return listNearBidDeadlines(db, {
    from: now,
    to: new Date(now.getTime() + BID_DEADLINE_WINDOW_DAYS * 86_400_000),
    scope: ownOpportunityWhere(session),
    take: 20,
  });
}
