import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import type { addActivitySchema } from '@/lib/validation/opportunities';
import { audit } from '../../audit';

import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

export async function addActivity(db: DbClient, session: AppSession, input: z.infer<typeof addActivitySchema>) {
  assertCan(session, 'activity:write');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw await opportunityRefusal(tx, input.opportunityId);
    const a = await tx.activity.create({
      data: {
        type: input.type,
        subject: input.subject,
        body: input.body ?? null,
        occurredAt: new Date(input.occurredAt),
        opportunityId: opp.id,
        accountId: opp.accountId,
        actorId: session.userId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'activity.create',
      entityType: 'Opportunity',
      entityId: opp.id,
      after: { activityId: a.id, type: input.type, subject: input.subject },
    });
    return a;
  });
}
