import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { lockEditableOpportunity } from '@/lib/db/queries/opportunity-lock';
import { getWorkingEconomics, freezeEconomicsSnapshot } from '@/lib/db/queries/vrb';
import { getReviewSummary, getSchedulingFacts, insertReview } from '@/lib/db/queries/vrb-review-writes';
import { canScheduleStage, computeEconomics, economicsInputOf, type ScheduleError } from '@/lib/domain/vrb';
import type { ScheduleReviewInput } from '@/lib/validation/vrb';
import { refusal } from '../refusal';
import { auditReview, economicsData, vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';
import { schedulesAnyVrbReview } from '@/lib/domain/access';

function scheduleError(session: AppSession, e: ScheduleError, current: unknown) {
  switch (e.code) {
    case 'OPPORTUNITY_CLOSED':
      return vrbError(session, 'UNPROCESSABLE', 'opportunityClosed');
    case 'UNKNOWN_STAGE':
      return vrbError(session, 'VALIDATION', 'unknownStage', { field: 'stage' });
    case 'ALREADY_SCHEDULED':
      return vrbError(session, 'CONFLICT', 'alreadyScheduled', { details: current });
    case 'ALREADY_PASSED':
      return vrbError(session, 'UNPROCESSABLE', 'alreadyPassed', { field: 'stage' });
    case 'PREVIOUS_STAGE_NOT_PASSED':
      return vrbError(session, 'UNPROCESSABLE', 'previousStageNotPassed', {
        params: { order: e.previousOrder },
        details: e,
        field: 'stage',
      });
    case 'PREVIOUS_FINDINGS_UNRESOLVED':
      return vrbError(session, 'UNPROCESSABLE', 'previousFindingsUnresolved', {
        params: { order: e.previousOrder, count: e.unresolved },
        details: e,
        field: 'stage',
      });
  }
}

/**
 * Schedule a review of a stage for an opportunity (SPEC §4). Reps schedule for their own deals,
 * managers for their team's; the chair and admins for any deal. The previous stage must have
 * passed (lib/domain/vrb/rules.ts). The opportunity's working ROI calculator, if any, is frozen
 * into the review as its financial snapshot. The opportunity row is locked for the check+insert,
 * so two schedules of one stage cannot both succeed.
 */
export async function scheduleReview(db: DbClient, session: AppSession, opportunityId: string, input: ScheduleReviewInput) {
  assertCan(session, 'vrb:schedule');
  const unscoped = schedulesAnyVrbReview(session);
  return db.$transaction(async (tx) => {
    const opp = await lockEditableOpportunity(tx, session, opportunityId, { unscoped });
    if (!opp) throw await refusal(tx, 'opportunity', opportunityId);
    const { stages, reviews } = await getSchedulingFacts(tx, opp.id);
    const decision = canScheduleStage({ isOpen: opp.tier > 0 }, stages, input.stage, reviews);
    if (!decision.ok) {
      const existing = reviews.find((r) => r.status === 'SCHEDULED' && stages.find((s) => s.id === r.stageId)?.order === input.stage);
      throw scheduleError(session, decision.error, existing ? await getReviewSummary(tx, existing.id) : undefined);
    }
    const review = await insertReview(tx, {
      opportunityId: opp.id,
      stageId: decision.value.stageId,
      scheduledAt: input.scheduledAt,
      createdById: session.userId,
    });
    // freeze the working ROI calculator (vrbReviewId null) as this review's snapshot
    const working = await getWorkingEconomics(tx, opp.id);
    let marginPct: number | null = null;
    if (working) {
      const input = economicsInputOf(working);
      const econ = computeEconomics(input);
      if (econ.ok) {
        marginPct = econ.value.marginPct;
        await freezeEconomicsSnapshot(tx, opp.id, review.id, economicsData(input, econ.value));
      }
    }
    await auditReview(tx, session, 'vrb.review.schedule', review.id, {
      after: { opportunityId: opp.id, stage: input.stage, scheduledAt: input.scheduledAt, snapshot: !!working, marginPct },
    });
    return review;
  });
}
