import 'server-only';
import { z } from '@/lib/validation/z';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import { addNewContactToOpportunity } from '@/lib/db/queries/contacts';
import type { addContactSchema } from '@/lib/validation/opportunities';
import { auditChange } from '../../audit';

import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

export async function addOpportunityContact(db: DbClient, session: AppSession, input: z.infer<typeof addContactSchema>) {
  assertCan(session, 'opportunity:edit');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw await opportunityRefusal(tx, input.opportunityId);
    const c = await addNewContactToOpportunity(tx, opp, {
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      powerRole: input.powerRole ?? null,
    });
    await auditChange(tx, session, 'opportunity.contact.add', 'Opportunity', opp.id, {
      after: { contactId: c.id, name: input.name, powerRole: input.powerRole ?? null },
    });
    return c;
  });
}
