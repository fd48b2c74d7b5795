import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { translateError } from '@/lib/i18n/translate';
import { centsToString, toCents, type Economics, type EconomicsInput } from '@/lib/domain/vrb';
import { getReviewSummary, lockReviewForMove } from '@/lib/db/queries/vrb-review-writes';
import type { RescheduleError } from '@/lib/domain/vrb';
import { schedulesAnyVrbReview } from '@/lib/domain/access';
import { auditChange } from '../../audit';
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

/**
 * The review locked for a cancel or a reschedule (the deal's rep side; the chair and admins for any
 * deal): 403 for a readable review outside that scope, 404 for a missing one, 409 with the current
 * review when the caller saw another version.
 */
export async function loadReviewForMove(tx: Db, session: AppSession, reviewId: string, version: number | undefined) {
  const review = await lockReviewForMove(tx, session, reviewId, { unscoped: schedulesAnyVrbReview(session) });
  if (!review) throw await refusal(tx, 'vrbReview', reviewId);
  if (version !== undefined && version !== review.version)
    throw vrbError(session, 'CONFLICT', 'reviewChanged', { details: await getReviewSummary(tx, reviewId) });
  return review;
}

/** The audit row of a change to a review (schedule, cancel, reschedule, decide, scores), by the session's user. */
export function auditReview(tx: Db, session: AppSession, action: string, reviewId: string, change: { before?: unknown; after?: unknown }) {
  return auditChange(tx, session, action, 'VrbReview', reviewId, change);
}
