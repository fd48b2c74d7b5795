import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import { createPowerMapPerson, getPowerMapPerson, lockAccountForPowerMap } from '@/lib/db/queries/power-map';
import type { AddPowerMapPersonInput } from '@/lib/validation/power-map';
import { auditChange } from '@/lib/server/audit';
import { assertCan } from '@/lib/server/authorize';
import { refusal } from '../refusal';
import { checkEdit } from './shared';

const NEW = '00000000-0000-0000-0000-000000000000';

/**
 * Add a person to a deal's power map / POST /api/v1/opportunities/{id}/power-map: a new contact of
 * the deal's account, linked to the deal, with its manager, stance, power, role and owner checked
 * by the same rule as an edit — nothing written when a check fails.
 */
export async function addPowerMapPerson(db: DbClient, session: AppSession, input: AddPowerMapPersonInput) {
  assertCan(session, 'tools:edit');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw await refusal(tx, 'opportunity', input.opportunityId);
    await lockAccountForPowerMap(tx, opp.accountId);
    const fields = {
      reportsToId: input.reportsToId ?? null,
      stance: input.stance ?? null,
      power: input.power ?? null,
      powerRole: input.powerRole ?? null,
      relationshipOwnerId: input.relationshipOwnerId ?? null,
    };
    // a new person cannot close a loop; the rule still checks the manager is on the account
    await checkEdit(tx, opp.accountId, { contactId: NEW, ...fields }, NEW);
    const contactId = await createPowerMapPerson(tx, {
      accountId: opp.accountId,
      opportunityId: opp.id,
      name: input.name,
      title: input.title ?? null,
      ...fields,
    });
    await auditChange(tx, session, 'contact.powerMap.add', 'Contact', contactId, {
      after: { name: input.name, title: input.title ?? null, ...fields, opportunityId: opp.id },
    });
    return (await getPowerMapPerson(tx, contactId))!;
  });
}
