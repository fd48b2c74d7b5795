import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { translateError } from '@/lib/i18n/translate';
import { centsToString, toCents, type Economics, type EconomicsInput } from '@/lib/domain/vrb';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { DbClient } from '@/lib/db/client';
import type { RescheduleError } from '@/lib/domain/vrb';
import { DomainError, type ErrorCode } from '../../errors';
import { refusal } from '../refusal';

// Shared by the VRB write commands: error construction and the response shapes.

/** A rule refusal with a translated message under vrb.errors.*, optionally tied to a form field. */
export function vrbError(
  session: AppSession,
  code: ErrorCode,
  key: string,
  opts: { params?: Record<string, string | number>; details?: unknown; field?: string } = {},
) {
  const full = `vrb.errors.${key}`;
  return new DomainError(code, full, {
    params: opts.params ?? {},
    fields: opts.field ? [{ path: opts.field, message: translateError(session.locale, full, opts.params) }] : undefined,
    details: opts.details,
  });
}

export const findingSelect = {
  id: true,
  reviewId: true,
  domain: true,
  issue: true,
  severity: true,
  requiredFix: true,
  status: true,
  answer: true,
  answeredAt: true,
  resolvedAt: true,
  createdAt: true,
  dueDate: true,
  version: true,
} as const;

export async function getFinding(db: Db, id: string) {
  return db.vrbFinding.findUnique({ where: { id }, select: findingSelect });
}

export async function getReviewSummary(db: Db, id: string) {
  const r = await db.vrbReview.findUnique({
    where: { id },
    select: {
      id: true,
      opportunityId: true,
      scheduledAt: true,
      heldAt: true,
      status: true,
      version: true,
      stage: { select: { order: true, code: true } },
    },
  });
  return r ? serializeReview(r) : null;
}

export function serializeReview(r: {
  id: string;
  opportunityId: string;
  scheduledAt: Date;
  heldAt: Date | null;
  status: string;
  version: number;
  stage: { order: number; code: string };
}) {
  return {
    id: r.id,
    opportunityId: r.opportunityId,
    stage: r.stage.order,
    stageCode: r.stage.code,
    scheduledAt: r.scheduledAt,
    heldAt: r.heldAt,
    status: r.status,
    version: r.version,
  };
}

// the stored percent columns' ranges (DECIMAL(8,3) margin, DECIMAL(10,3) ROI): an absurd ratio (a
// 1 원 cost) is stored at the bound — the API always answers with the computed value
export const MARGIN_MAX = 99_999.999;
const ROI_MAX = 9_999_999.999;
export const storedPct = (v: number | null, max: number) => Math.max(-max, Math.min(max, v ?? 0));

/**
 * The DealEconomics columns for a calculator input and its result (lib/domain/vrb/economics.ts):
 * labour rows and payment schedule as JSON, the totals and derived figures stored for queries.
 */
export function economicsData(input: EconomicsInput, e: Economics) {
  const laborLines = input.labor.map((l) => ({
    grade: l.grade.trim(),
    personMonths: String(l.personMonths),
    monthlyRate: String(l.monthlyRate),
  }));
  const pm = e.laborPersonMonths;
  // average rate per person-month for the legacy (person-months, rate) pair
  const pmCents = toCents(pm) ?? 0n;
  const laborRate = pmCents > 0n ? centsToString(((toCents(e.laborCost) ?? 0n) * 100n) / pmCents) : '0';
  return {
    contractPrice: e.contractPrice,
    hardwareCost: String(input.hardwareCost),
    softwareLicenseCost: String(input.softwareLicenseCost),
    laborPersonMonths: pm,
    laborRate,
    laborLines,
    subcontractCost: String(input.subcontractCost),
    otherCost: String(input.otherCost),
    contingency: e.contingencyAmount,
    contingencyPct: input.contingencyPct ?? null,
    paymentSchedule: e.payments.map((p) => ({
      kind: p.kind,
      percent: p.percent,
      ...(p.dueOffsetDays !== null ? { dueOffsetDays: p.dueOffsetDays } : {}),
      ...(p.dueDate ? { dueDate: p.dueDate } : {}),
    })),
    totalCost: e.totalCost,
    grossProfit: e.grossProfit,
    marginPct: storedPct(e.marginPct, MARGIN_MAX),
    roiPct: storedPct(e.roiPct, ROI_MAX),
  };
}

// Cancel / reschedule: the rule refusals and the scoped, row-locked load they share.
export function moveRuleError(session: AppSession, e: RescheduleError) {
  switch (e.code) {
    case 'NOT_SCHEDULED':
      return vrbError(session, 'UNPROCESSABLE', 'reviewNotScheduled', { params: { status: e.status } });
    case 'REASON_REQUIRED':
      return vrbError(session, 'VALIDATION', 'cancelReasonRequired', { field: 'reason' });
    case 'SAME_DATE':
      return vrbError(session, 'VALIDATION', 'sameDate', { field: 'scheduledAt' });
  }
}

export async function loadReviewForMove(tx: DbClient, session: AppSession, reviewId: string) {
  const unscoped = session.roles.includes('VRB_CHAIR') || session.roles.includes('ADMIN');
  const review = await tx.vrbReview.findFirst({
    where: { id: reviewId, ...(unscoped ? {} : { opportunity: editableOpportunityWhere(session) }) },
    select: { id: true },
  });
  if (!review) throw await refusal(tx, 'vrbReview', reviewId);
  await tx.$queryRaw`SELECT id FROM "VrbReview" WHERE id = ${reviewId}::uuid FOR UPDATE`;
  return (await tx.vrbReview.findUnique({
    where: { id: reviewId },
    select: { id: true, status: true, version: true, scheduledAt: true },
  }))!;
}
