import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { listOutstandingFacts } from '@/lib/db/queries/receivables';
import { summarize } from '@/lib/domain/receivables/rules';
import { koreaToday } from '@/lib/domain/time/korea';
import type { ListReceivablesQuery } from '@/lib/validation/receivables';
import { filterOf } from './shared';

/** KPI strip and aging buckets under the list's owner/team/account filters. */
export async function receivablesSummary(
  db: Db,
  session: AppSession,
  q: Pick<ListReceivablesQuery, 'owner' | 'team' | 'account'>,
  now = new Date(),
) {
  const today = koreaToday(now);
  const { status: _s, ...f } = filterOf(session, { ...q, status: 'outstanding' }, today);
  return summarize(await listOutstandingFacts(db, f), today);
}
