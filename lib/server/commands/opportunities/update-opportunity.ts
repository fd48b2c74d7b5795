import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity, getOpportunity, updateOpportunityAtVersion } from '@/lib/db/queries/opportunities';
import { recordExists, type RecordKind } from '@/lib/db/queries/records';
import type { UpdateOpportunityInput } from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';
import { auditChange } from '../../audit';
import { DomainError } from '../../errors';
import { conflictWithCurrent, setReasons } from './move-tier';
import { serializeOpportunity } from './serialize';
import { assertCan } from '@/lib/server/authorize';
import { opportunityRefusal } from './refusal';

const DATE_FIELDS = ['expectedCloseDate', 'nextStepDueDate', 'proposalDueDate'] as const;
/** The reference rows an edit may name: each must exist. */
const REFERENCES: [string, RecordKind, string][] = [
  ['businessCategoryId', 'businessCategory', 'unknown category'],
  ['salesRegionId', 'salesRegion', 'unknown region'],
  ['lostToCompetitorId', 'competitor', 'unknown competitor'],
];

/**
 * Inline edit / PATCH: only the fields sent change; `version` must be the one the user saw,
 * else 409 with the current record (nothing overwritten). Tier moves go through moveOpportunityTier.
 */
export async function updateOpportunity(db: DbClient, session: AppSession, input: UpdateOpportunityInput) {
  assertCan(session, 'opportunity:edit');
  const settings = await getSettings(db);
  const { opportunityId, version, reasonIds, ...fields } = input;
  const updated = await db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, opportunityId);
    if (!opp) throw await opportunityRefusal(tx, opportunityId);
    if (opp.version !== version) throw await conflictWithCurrent(tx, opp.id);
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      data[k] = (DATE_FIELDS as readonly string[]).includes(k) && typeof v === 'string' ? new Date(v) : v;
    }
    for (const [field, kind, message] of REFERENCES)
      if (data[field] && !(await recordExists(tx, kind, data[field] as string)))
        throw new DomainError('VALIDATION', 'validation', { fields: [{ path: field, message }] });
    if (!(await updateOpportunityAtVersion(tx, opp.id, version, data as Prisma.OpportunityUpdateManyMutationInput)))
      throw await conflictWithCurrent(tx, opp.id);
    if (reasonIds) await setReasons(tx, opp.id, reasonIds);
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, (opp as Record<string, unknown>)[k]]));
    await auditChange(tx, session, 'opportunity.update', 'Opportunity', opp.id, {
      before: { ...before, version, ...(reasonIds ? { reasonIds: opp.reasons.map((r) => r.reasonId) } : {}) },
      after: { ...data, version: version + 1, ...(reasonIds ? { reasonIds } : {}) },
    });
    return (await getOpportunity(tx, opp.id))!;
  });
  return serializeOpportunity(updated, settings.horizonBounds);
}
