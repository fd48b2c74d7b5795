import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { mayDecideInReview, planReviewDecision, reviewMoveReason, type DecisionError } from '@/lib/domain/tiers';
import { getDecisionContext, getItemState, writeDecision, writeHold } from '@/lib/db/queries/tier-reviews';
import type { DecideTierReviewInput } from '@/lib/validation/tier-reviews';
import { DomainError, forbidden, notFound } from '../../errors';
import { settingFrom } from '../../settings';
import { moveOpportunityForReview } from '../opportunities/move-tier';

function refusal(e: DecisionError, current: unknown): DomainError {
  switch (e.code) {
    case 'ALREADY_DECIDED':
      return new DomainError('CONFLICT', 'tiers.errors.alreadyDecided', { details: current });
    case 'REVIEW_CLOSED':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.reviewClosed');
    case 'CLOSED_SINCE_SNAPSHOT':
    case 'NOT_OPEN_IN_SNAPSHOT':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.closedSinceSnapshot');
    case 'CANNOT_ADVANCE':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.cannotAdvance');
    case 'CANNOT_DOWNGRADE':
      return new DomainError('UNPROCESSABLE', 'tiers.errors.cannotDowngrade');
    case 'REASON_REQUIRED':
      return new DomainError('VALIDATION', 'tiers.errors.reviewReasonRequired', {
        fields: [{ path: 'reason', message: 'a reason is required to downgrade or drop' }],
      });
    case 'NEXT_STEP_REQUIRED':
      return new DomainError('VALIDATION', 'tiers.errors.holdNextStep', {
        fields: [{ path: 'nextStep', message: 'hold needs the next step and its date' }],
      });
  }
}

/**
 * Decide on one deal of a review. load (item + the deal now) → authorize (mayDecideInReview, on the
 * one access rule) → plan (pure) → CAS the item from "undecided" (two deciders at once: the second
 * waits on the row, then finds it decided → 409) → apply: a move through the tier engine (entry
 * requirements; 422 with the unmet list so the page opens the requirement form; tier history and
 * audit name the review) or a hold (the deal's next step and date) → audit + the owner's
 * notification. One transaction: any refusal writes nothing.
 *
 * Round trips (200 decisions in one review, issue 13's numbers): one read (review, item, deal with
 * its requirement facts, tier rules: getDecisionContext), the CAS, one write (the move with the
 * decision's audit row in its statement, or the hold's four writes in one) — five with BEGIN and
 * COMMIT, where it took nine.
 */
export async function decideTierReviewItem(db: DbClient, session: AppSession, input: DecideTierReviewInput) {
  assertCan(session, 'tierReview:run');
  const now = new Date();
  return db.$transaction(async (tx) => {
    const ctx = await getDecisionContext(tx, input.reviewId, input.opportunityId);
    if (!ctx) throw notFound();
    const { head, target: t } = ctx;
    if (!mayDecideInReview(session, head, { ownerId: t.ownerId, ownerManagerId: t.ownerManagerId })) throw forbidden(); // readable, not theirs to decide: 403
    const plan = planReviewDecision(
      { reviewClosed: t.reviewClosed, decided: t.decided, snapshotOutcome: t.snapshotOutcome, tier: t.tier, outcome: t.outcome },
      input,
    );
    if (!plan.ok) throw refusal(plan.error, plan.error.code === 'ALREADY_DECIDED' ? await getItemState(tx, t.itemId) : undefined);
    const p = plan.value;
    const claimed = await writeDecision(tx, {
      itemId: t.itemId,
      version: t.version,
      decision: input.decision,
      reason: input.reason ?? null,
      nextStep: p.kind === 'hold' ? p.nextStep : (input.nextStep ?? null),
      nextStepDueDate: p.kind === 'hold' ? p.dueDate : (input.nextStepDueDate ?? null),
      appliedTier: p.kind === 'move' ? p.to : null,
      actorId: session.userId,
      at: now,
    });
    if (!claimed) throw new DomainError('CONFLICT', 'tiers.errors.alreadyDecided', { details: await getItemState(tx, t.itemId) });

    const decisionAudit = (moved: { tier: number; outcome: string; version: number } | null) => ({
      entityId: t.itemId,
      before: { decision: null, tier: t.tier, outcome: t.outcome },
      after: { reviewId: head.id, opportunityId: input.opportunityId, decision: input.decision, reason: input.reason ?? null, moved },
    });
    let moved: { tier: number; outcome: string; version: number } | null = null;
    if (p.kind === 'move') {
      const o = await moveOpportunityForReview(
        tx,
        session,
        input.opportunityId,
        {
          to: p.to,
          outcome: p.outcome,
          reason: reviewMoveReason(head, input.reason),
          fill: input.fill,
          via: { tierReviewId: head.id, decision: input.decision },
          // the decision's audit row rides in the move's statement (it names the move's result)
          alsoAudit: (m) => ({ action: 'tierReview.decide', entityType: 'TierReviewItem', ...decisionAudit(m) }),
        },
        now,
        { opp: ctx.opp, extra: ctx.extra, tierRules: settingFrom('tierRules', ctx.tierRules) },
      );
      moved = { tier: o.tier, outcome: o.outcome, version: o.version };
    } else {
      await writeHold(tx, {
        opportunityId: input.opportunityId,
        ownerId: t.ownerId,
        actorId: session.userId,
        nextStep: p.nextStep,
        due: p.dueDate,
        at: now,
        reviewId: head.id,
        notification: {
          params: { name: t.name, decision: input.decision, review: head.title },
          link: `/opportunities/${input.opportunityId}`,
        },
        decisionAudit: decisionAudit(null),
      });
    }
    return {
      reviewId: head.id,
      itemId: t.itemId,
      opportunityId: input.opportunityId,
      decision: input.decision,
      reason: input.reason ?? null,
      nextStep: p.kind === 'hold' ? p.nextStep : null,
      nextStepDueDate: p.kind === 'hold' ? p.dueDate : null,
      opportunity: moved ?? { tier: t.tier, outcome: t.outcome, version: t.oppVersion + 1 },
      decidedAt: now,
    };
  });
}
