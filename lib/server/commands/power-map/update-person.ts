import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import {
  contactOnOpportunity,
  getPowerMapPerson,
  lockAccountForPowerMap,
  updatePowerMapFields,
  type PowerMapFields,
} from '@/lib/db/queries/power-map';
import type { UpdatePowerMapPersonInput } from '@/lib/validation/power-map';
import { auditChange } from '@/lib/server/audit';
import { assertCan } from '@/lib/server/authorize';
import { conflict, notFound } from '@/lib/server/errors';
import { refusal } from '../refusal';
import { checkEdit } from './shared';

const FIELDS = ['reportsToId', 'stance', 'power', 'powerRole', 'relationshipOwnerId'] as const;

/**
 * One person on a deal's power map / PATCH /api/v1/opportunities/{id}/power-map/{contactId}:
 * manager (drag in the diagram or the "reports to" picker), stance, power, decision role, our
 * relationship owner. Lock the account → check (no reports-to loop, power 1–5, owner enabled) →
 * compare-and-set the contact's version (stale → 409 with the current person) → audit, one transaction.
 */
export async function updatePowerMapPerson(db: DbClient, session: AppSession, input: UpdatePowerMapPersonInput) {
  assertCan(session, 'tools:edit');
  const { opportunityId, contactId, version } = input;
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, opportunityId);
    if (!opp) throw await refusal(tx, 'opportunity', opportunityId);
    await lockAccountForPowerMap(tx, opp.accountId);
    const before = await contactOnOpportunity(tx, opportunityId, contactId);
    if (!before) throw notFound();
    if (before.version !== version) throw conflict(await getPowerMapPerson(tx, contactId));
    const data: PowerMapFields = {};
    for (const k of FIELDS) if (input[k] !== undefined && input[k] !== before[k]) (data as Record<string, unknown>)[k] = input[k];
    if (Object.keys(data).length === 0) return (await getPowerMapPerson(tx, contactId))!;
    await checkEdit(tx, opp.accountId, {
      contactId,
      reportsToId: data.reportsToId,
      power: data.power,
      relationshipOwnerId: data.relationshipOwnerId,
    });
    if (!(await updatePowerMapFields(tx, contactId, version, data))) throw conflict(await getPowerMapPerson(tx, contactId));
    const changed = Object.keys(data) as (keyof PowerMapFields)[];
    await auditChange(tx, session, 'contact.powerMap.update', 'Contact', contactId, {
      before: { ...Object.fromEntries(changed.map((k) => [k, before[k]])), version, opportunityId },
      after: { ...data, version: version + 1, opportunityId },
    });
    return (await getPowerMapPerson(tx, contactId))!;
  });
}
