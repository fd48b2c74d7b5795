import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { lockEditableOpportunity } from '@/lib/db/queries/opportunity-lock';
import { getWorkingEconomics, saveWorkingEconomics } from '@/lib/db/queries/vrb';
import { computeEconomics, economicsInputOf, type EconomicsInput } from '@/lib/domain/vrb';
import type { EconomicsBody } from '@/lib/validation/vrb';
import { auditChange } from '../../audit';
import { refusal } from '../refusal';
import { getSetting } from '../../settings';
import { economicsData, vrbError } from './shared';
import { serialize, current, REASON_KEY } from './economics-shared';

/** PUT: replace the working copy (create it on the first save). A stale `version` → 409 with the current copy. */
export async function putEconomics(db: DbClient, session: AppSession, opportunityId: string, body: EconomicsBody) {
  assertCan(session, 'vrb:economics');
  const { version, ...rest } = body;
  const input: EconomicsInput = { ...rest, paymentSchedule: rest.paymentSchedule ?? [] };
  const calc = computeEconomics(input);
  if (!calc.ok)
    throw vrbError(session, 'VALIDATION', REASON_KEY[calc.error.reason], { field: calc.error.field, params: { field: calc.error.field } });
  const floorPct = await getSetting(db, 'marginFloorPct');
  return db.$transaction(async (tx) => {
    // one writer per opportunity at a time (row locked): the create-or-update below is then race-free
    const opp = await lockEditableOpportunity(tx, session, opportunityId);
    if (!opp) throw await refusal(tx, 'opportunity', opportunityId);
    const existing = await getWorkingEconomics(tx, opp.id);
    const have = existing?.version ?? 0;
    if (version === undefined ? existing !== null : version !== have)
      throw vrbError(session, 'CONFLICT', 'economicsChanged', { details: await current(tx, opp.id, floorPct), field: 'version' });
    const saved = await saveWorkingEconomics(tx, opp.id, existing, economicsData(input, calc.value));
    await auditChange(tx, session, existing ? 'vrb.economics.update' : 'vrb.economics.create', 'Opportunity', opp.id, {
      before: existing ? { ...economicsInputOf(existing), version: existing.version } : null,
      after: {
        ...rest,
        totalCost: calc.value.totalCost,
        marginPct: calc.value.marginPct,
        roiPct: calc.value.roiPct,
        version: saved.version,
      },
    });
    return serialize(input, calc.value, saved.version, saved.updatedAt, floorPct);
  });
}
