import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { insertActivity, lockOpportunityNextStep, setOpportunityNextStep, type ActivityType } from '@/lib/db/queries/activities';
import { auditChange } from '@/lib/server/audit';

export type ActivityFields = {
  type: ActivityType;
  subject: string;
  body?: string | null;
  occurredAt: string;
  nextStep?: string | null;
  nextStepDueDate?: string | null;
};

/**
 * Inside the caller's transaction: the activity row, and when it is on a deal and carries a next
 * step, the deal's "다음 단계" (row locked, version bumped) — one audit row for each write.
 */
export async function logActivity(
  tx: Db,
  session: AppSession,
  at: { accountId: string; opportunityId: string | null },
  input: ActivityFields,
) {
  const nextStep = input.nextStep ?? null;
  const nextStepDueDate = nextStep ? (input.nextStepDueDate ?? null) : null;
  const a = await insertActivity(tx, {
    type: input.type,
    subject: input.subject,
    body: input.body ?? null,
    occurredAt: new Date(input.occurredAt),
    opportunityId: at.opportunityId,
    accountId: at.accountId,
    actorId: session.userId,
    nextStep,
    nextStepDueDate,
  });
  await auditChange(tx, session, 'activity.create', at.opportunityId ? 'Opportunity' : 'Account', at.opportunityId ?? at.accountId, {
    after: { activityId: a.id, type: input.type, subject: input.subject, nextStep, nextStepDueDate },
  });
  if (at.opportunityId && nextStep) {
    const before = (await lockOpportunityNextStep(tx, at.opportunityId))!;
    await setOpportunityNextStep(tx, at.opportunityId, nextStep, nextStepDueDate);
    await auditChange(tx, session, 'opportunity.update', 'Opportunity', at.opportunityId, {
      before: { nextStep: before.nextStep, nextStepDueDate: before.nextStepDueDate, version: before.version },
      after: { nextStep, nextStepDueDate, version: before.version + 1, fromActivityId: a.id },
    });
  }
  return a;
}
