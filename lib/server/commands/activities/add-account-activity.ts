import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { accountExists } from '@/lib/db/queries/power-map';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import type { AddAccountActivityInput } from '@/lib/validation/activities';
import { assertCan } from '@/lib/server/authorize';
import { DomainError, notFound } from '@/lib/server/errors';
import { logActivity } from './shared';

/**
 * Log an activity on an account (account page / POST /api/v1/accounts/{id}/activities). With
 * `opportunityId` it is also the deal's (one the actor may edit, of this account) and its next
 * step becomes the deal's "다음 단계", in one transaction.
 */
export async function addAccountActivity(db: DbClient, session: AppSession, input: AddAccountActivityInput) {
  assertCan(session, 'activity:write');
  const { accountId, opportunityId, ...fields } = input;
  return db.$transaction(async (tx) => {
    if (!(await accountExists(tx, accountId))) throw notFound();
    if (opportunityId) {
      const opp = await getEditableOpportunity(tx, session, opportunityId);
      if (!opp || opp.accountId !== accountId)
        throw new DomainError('FORBIDDEN', 'accounts.errors.notYourOpportunity', {
          fields: [{ path: 'opportunityId', message: 'not an opportunity of this account that you may edit' }],
        });
    }
    return logActivity(tx, session, { accountId, opportunityId: opportunityId ?? null }, fields);
  });
}
