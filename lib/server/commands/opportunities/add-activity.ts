import 'server-only';
import type { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import type { addActivitySchema } from '@/lib/validation/opportunities';
import { assertCan } from '@/lib/server/authorize';
import { logActivity } from '../activities/shared';
import { opportunityRefusal } from './refusal';

/**
 * Log an activity on a deal (opportunity page / POST /api/v1/opportunities/{id}/activities). A next
 * step given with it becomes the deal's "다음 단계" in the same transaction.
 */
export async function addActivity(db: DbClient, session: AppSession, input: z.infer<typeof addActivitySchema>) {
  assertCan(session, 'activity:write');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw await opportunityRefusal(tx, input.opportunityId);
    const { opportunityId: _o, ...fields } = input;
    return logActivity(tx, session, { accountId: opp.accountId, opportunityId: opp.id }, fields);
  });
}
