import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { lockEditableOpportunity } from '@/lib/db/queries/opportunity-lock';
import { getProposalDeal, insertMilestones } from '@/lib/db/queries/receivables';
import { getLastPassedSnapshot } from '@/lib/db/queries/vrb';
import { proposeReceivables } from '@/lib/domain/vrb';
import { auditChange } from '../../audit';
import { notFound } from '../../errors';
import { vrbError } from '../vrb/shared';
import { refusal } from '../refusal';

// From decision to cash (issue #11): a won deal's receivables schedule proposed from the last passed
// VRB review's snapshot (percent × contract amount, due = win date + offset, or the term's date), for
// the rep to confirm. Confirming writes the milestones in one transaction with one audit row.

async function proposalFor(db: Db, opportunityId: string) {
  const opp = await getProposalDeal(db, opportunityId);
  if (!opp) return null;
  const snap = await getLastPassedSnapshot(db, opportunityId);
  const contract = (opp.contractAmount ?? opp.amount)?.toString() ?? null;
  const milestones =
    snap && opp.outcome === 'WON' ? proposeReceivables(snap.economics.paymentSchedule ?? [], contract, opp.closedAt ?? new Date()) : [];
  return { opp, reviewId: snap?.reviewId ?? null, contractAmount: contract, milestones };
}

/** GET: what would be proposed (empty unless WON, with a passed snapshot that has a payment schedule, and no schedule yet). */
export async function getReceivablesProposal(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  const p = await proposalFor(db, opportunityId);
  if (!p) throw notFound();
  return {
    opportunityId,
    reviewId: p.reviewId,
    contractAmount: p.contractAmount,
    hasSchedule: p.opp._count.milestones > 0,
    milestones: p.opp._count.milestones > 0 ? [] : p.milestones,
  };
}

/** POST: the rep side confirms the proposal — the milestones are created (only while the deal has none). */
export async function confirmReceivablesProposal(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'receivable:edit');
  return db.$transaction(async (tx) => {
    if (!(await lockEditableOpportunity(tx, session, opportunityId))) throw await refusal(tx, 'opportunity', opportunityId);
    const p = (await proposalFor(tx, opportunityId))!;
    if (p.opp.outcome !== 'WON') throw vrbError(session, 'UNPROCESSABLE', 'notWon');
    if (p.opp._count.milestones > 0) throw vrbError(session, 'CONFLICT', 'scheduleExists');
    if (p.milestones.length === 0) throw vrbError(session, 'UNPROCESSABLE', 'nothingToPropose');
    const created = await insertMilestones(tx, opportunityId, p.milestones);
    await auditChange(tx, session, 'receivable.schedule.confirmProposal', 'Opportunity', opportunityId, {
      after: { fromReview: p.reviewId, milestones: p.milestones },
    });
    return {
      opportunityId,
      reviewId: p.reviewId,
      milestones: created.map((m) => ({ ...m, amount: m.amount.toString(), dueDate: m.dueDate.toISOString().slice(0, 10) })),
    };
  });
}
