import 'server-only';
import type { Db } from '@/lib/db/client';
import { getWorkingEconomics } from '@/lib/db/queries/vrb';
import { computeEconomics, economicsInputOf, type Economics, type EconomicsError, type EconomicsInput } from '@/lib/domain/vrb';

// The opportunity's working ROI calculator (SPEC §4; API GET|PUT /api/v1/opportunities/{id}/economics).
// Everyone signed in reads it; reps and managers (vrb:economics) write their own / their team's
// (lib/domain/access through editableOpportunityWhere), compare-and-set on version, one audit row.

/** The response shape: the inputs as stored, the calculator's result, the floor, and the version (0: none yet). */
export function serialize(input: EconomicsInput, e: Economics, version: number, updatedAt: Date | null, floorPct: number) {
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

export const EMPTY: EconomicsInput = {
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

export const EMPTY_RESULT = (computeEconomics(EMPTY) as { ok: true; value: Economics }).value;

export async function current(db: Db, opportunityId: string, floorPct: number) {
  const row = await getWorkingEconomics(db, opportunityId);
  if (!row) return serialize(EMPTY, EMPTY_RESULT, 0, null, floorPct);
  const input = economicsInputOf(row);
  const e = computeEconomics(input);
  // a stored row the calculator cannot read (not written by it) still shows its inputs
  return serialize(input, e.ok ? e.value : EMPTY_RESULT, row.version, row.updatedAt, floorPct);
}

export const REASON_KEY: Record<EconomicsError['reason'], string> = {
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
