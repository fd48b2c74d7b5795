import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient, Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { editableOpportunityWhere } from '@/lib/db/access';
import { getWorkingEconomics } from '@/lib/db/queries/vrb';
import { computeEconomics, economicsInputOf, type Economics, type EconomicsError, type EconomicsInput } from '@/lib/domain/vrb';
import type { EconomicsBody } from '@/lib/validation/vrb';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { getSetting } from '../../settings';
import { economicsData, vrbError } from './shared';

// The opportunity's working ROI calculator (SPEC §4; API GET|PUT /api/v1/opportunities/{id}/economics).
// Everyone signed in reads it; reps and managers (vrb:economics) write their own / their team's
// (lib/domain/access through editableOpportunityWhere), compare-and-set on version, one audit row.

/** The response shape: the inputs as stored, the calculator's result, the floor, and the version (0: none yet). */
function serialize(input: EconomicsInput, e: Economics, version: number, updatedAt: Date | null, floorPct: number) {
  return {
    contractPrice: e.contractPrice,
    hardwareCost: String(input.hardwareCost),
    softwareLicenseCost: String(input.softwareLicenseCost),
    labor: input.labor.map((l) => ({ grade: l.grade, personMonths: String(l.personMonths), monthlyRate: String(l.monthlyRate) })),
    subcontractCost: String(input.subcontractCost),
    otherCost: String(input.otherCost),
    contingency: e.contingencyAmount,
    contingencyPct: input.contingencyPct ?? null,
    paymentSchedule: (input.paymentSchedule ?? []).map((p) => ({
      kind: p.kind,
      percent: p.percent,
      dueOffsetDays: p.dueOffsetDays ?? null,
      dueDate: p.dueDate ?? null,
    })),
    laborCost: e.laborCost,
    totalCost: e.totalCost,
    grossProfit: e.grossProfit,
    marginPct: e.marginPct,
    roiPct: e.roiPct,
    payments: e.payments,
    marginFloorPct: floorPct,
    belowFloor: e.marginPct !== null && e.marginPct < floorPct,
    version,
    updatedAt,
  };
}
export type EconomicsResponse = ReturnType<typeof serialize>;

const EMPTY: EconomicsInput = {
  contractPrice: '0',
  hardwareCost: '0',
  softwareLicenseCost: '0',
  labor: [],
  subcontractCost: '0',
  otherCost: '0',
  contingency: '0',
  contingencyPct: null,
  paymentSchedule: [],
};

const EMPTY_RESULT = (computeEconomics(EMPTY) as { ok: true; value: Economics }).value;

async function current(db: Db, opportunityId: string, floorPct: number) {
  const row = await getWorkingEconomics(db, opportunityId);
  if (!row) return serialize(EMPTY, EMPTY_RESULT, 0, null, floorPct);
  const input = economicsInputOf(row);
  const e = computeEconomics(input);
  // a stored row the calculator cannot read (not written by it) still shows its inputs
  return serialize(input, e.ok ? e.value : EMPTY_RESULT, row.version, row.updatedAt, floorPct);
}

/** GET: the working copy of a readable opportunity (everyone signed in reads the pipeline). */
export async function getEconomics(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  const opp = await db.opportunity.findUnique({ where: { id: opportunityId }, select: { id: true } });
  if (!opp) throw notFound();
  return current(db, opportunityId, await getSetting(db, 'marginFloorPct'));
}

const REASON_KEY: Record<EconomicsError['reason'], string> = {
  notADecimal: 'economics.notADecimal',
  negative: 'economics.negative',
  tooLarge: 'economics.tooLarge',
  priceZeroWithCosts: 'economics.priceZeroWithCosts',
  percentSum: 'economics.percentSum',
  percentRange: 'economics.percentRange',
  gradeRequired: 'economics.gradeRequired',
  dueRequired: 'economics.dueRequired',
  duplicateKind: 'economics.duplicateKind',
};

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
    const opp = await tx.opportunity.findFirst({
      where: { id: opportunityId, ...editableOpportunityWhere(session) },
      select: { id: true },
    });
    if (!opp) throw notFound();
    // one writer per opportunity at a time: the create-or-update below is then race-free
    await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${opp.id}::uuid FOR UPDATE`;
    const existing = await getWorkingEconomics(tx, opp.id);
    const have = existing?.version ?? 0;
    if (version === undefined ? existing !== null : version !== have)
      throw vrbError(session, 'CONFLICT', 'economicsChanged', { details: await current(tx, opp.id, floorPct), field: 'version' });
    const data = economicsData(input, calc.value);
    let saved;
    if (existing) {
      saved = await tx.dealEconomics.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
    } else {
      saved = await tx.dealEconomics.create({ data: { ...data, opportunityId: opp.id } });
    }
    await audit(tx, {
      actorId: session.userId,
      action: existing ? 'vrb.economics.update' : 'vrb.economics.create',
      entityType: 'Opportunity',
      entityId: opp.id,
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
