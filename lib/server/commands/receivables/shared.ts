import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  getEditableMilestone,
  getMilestone,
  lockDealForSchedule,
  updateMilestoneAtVersion,
  type MilestoneRecord,
  type ReceivableFilter,
  type ReceivableRow,
} from '@/lib/db/queries/receivables';
import { formatKrw } from '@/lib/domain/format/money';
import { checkSchedule, milestoneState, type ScheduleError } from '@/lib/domain/receivables/rules';
import { translateError } from '@/lib/i18n/translate';
import type { ListReceivablesQuery, MilestoneView } from '@/lib/validation/receivables';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { refusal } from '../refusal';

// Receivables commands (SPEC §6), shared by the /receivables page's actions and /api/v1:
// scoped load (a rep edits their own deals' schedule, a manager their team's, an admin any;
// anything else is 404) → the deal must be WON (422) → decide (lib/domain/receivables) → one
// transaction with an audit row. The opportunity row is locked (FOR UPDATE) so two editors adding
// milestones at once cannot together exceed the contract; each milestone carries `version`
// (stale → 409 with the current milestone, never an overwrite).

export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

export function milestoneView(m: MilestoneRecord | ReceivableRow, today: string): MilestoneView {
  const amount = m.amount.toString();
  const collectedAmount = m.collectedAmount === null ? null : m.collectedAmount.toString();
  const dueDate = typeof m.dueDate === 'string' ? m.dueDate : dateOnly(m.dueDate);
  const s = milestoneState({ amount, dueDate, collectedAmount }, today);
  return {
    id: m.id,
    opportunityId: m.opportunityId,
    kind: m.kind,
    sequence: m.sequence,
    amount,
    dueDate,
    collectedAt: m.collectedAt ? m.collectedAt.toISOString() : null,
    collectedAmount,
    ...('invoicedAmount' in m
      ? { invoicedAmount: m.invoicedAmount?.toString() ?? null, invoicedAt: m.invoicedAt ? dateOnly(m.invoicedAt) : null }
      : {}),
    version: m.version,
    status: s.status,
    daysOverdue: s.daysOverdue,
    outstanding: s.outstanding,
  };
}

export function filterOf(
  session: AppSession,
  q: Pick<ListReceivablesQuery, 'status' | 'owner' | 'team' | 'account'>,
  today: string,
): ReceivableFilter {
  return {
    status: q.status,
    ownerId: q.owner === 'me' ? session.userId : q.owner,
    managerId: q.team === 'mine' ? session.userId : q.team,
    accountId: q.account,
    today,
  };
}

/** The cap: the contract amount, or the deal amount when no contract amount was recorded. */
export function contractOf(o: { contractAmount: { toString(): string } | null; amount: { toString(): string } | null }) {
  return o.contractAmount?.toString() ?? o.amount?.toString() ?? null;
}

export function scheduleError(session: AppSession, e: ScheduleError, collectedPath = 'collectedAmount'): DomainError {
  const field = (path: string, key: string, params: Record<string, string> = {}) => [
    { path, message: translateError(session.locale, key, params) },
  ];
  switch (e.code) {
    case 'EXCEEDS_CONTRACT': {
      const params = {
        contract: formatKrw(e.contract, session.locale),
        scheduled: formatKrw(e.scheduled, session.locale),
        over: formatKrw(e.over, session.locale),
      };
      return new DomainError('UNPROCESSABLE', 'receivables.errors.exceedsContract', {
        params: params,
        fields: field('amount', 'receivables.errors.exceedsContract', params),
        details: e,
      });
    }
    case 'COLLECTED_EXCEEDS_AMOUNT': {
      const params = { amount: formatKrw(e.amount, session.locale) };
      return new DomainError('UNPROCESSABLE', 'receivables.errors.collectedExceedsAmount', {
        params: params,
        fields: field(collectedPath, 'receivables.errors.collectedExceedsAmount', params),
        details: e,
      });
    }
    case 'COLLECTED_IN_FUTURE':
      return new DomainError('UNPROCESSABLE', 'receivables.errors.collectedInFuture', {
        fields: field('collectedOn', 'receivables.errors.collectedInFuture'),
        details: e,
      });
    case 'AMOUNT_NOT_POSITIVE':
      return new DomainError('VALIDATION', 'receivables.errors.amountNotPositive', {
        fields: field('amount', 'receivables.errors.amountNotPositive'),
        details: e,
      });
  }
}

/** The finance VRB member records invoices and collections on every won deal (issue #11), unscoped. */
export const isFinanceMember = (session: AppSession) => session.roles.includes('VRB_MEMBER') && session.vrbDomains.includes('FINANCE');

/** Lock the deal (serialises schedule edits) and load it if this user may edit it; 403 if they only read it, 404 if missing, 422 unless WON. */
export async function lockEditableDeal(tx: Db, session: AppSession, opportunityId: string, unscoped = false) {
  const o = await lockDealForSchedule(tx, session, opportunityId, { unscoped });
  if (!o) throw await refusal(tx, 'opportunity', opportunityId);
  if (o.outcome !== 'WON') throw new DomainError('UNPROCESSABLE', 'receivables.errors.notWon');
  return o;
}

/**
 * The milestone to change and its deal, locked (lockEditableDeal): 403 if the user only reads it,
 * 404 if missing, 422 unless WON, 409 with the current milestone when the caller saw another version.
 */
export async function loadMilestoneForChange(
  tx: Db,
  session: AppSession,
  input: { id: string; version: number },
  today: string,
  unscoped = false,
) {
  const before = await getEditableMilestone(tx, session, input.id, { unscoped });
  if (!before) throw await refusal(tx, 'milestone', input.id);
  const deal = await lockEditableDeal(tx, session, before.opportunityId, unscoped);
  if (before.version !== input.version) throw await conflictWith(tx, before.id, today);
  return { before, deal };
}

export async function conflictWith(tx: Db, id: string, today: string) {
  const m = await getMilestone(tx, id);
  if (!m) return notFound();
  return new DomainError('CONFLICT', 'conflict', { details: milestoneView(m, today) });
}

/** Compare-and-set on the version the caller saw: the milestone after the change, or 409 with the current one. */
export async function changeMilestone(
  tx: Db,
  id: string,
  version: number,
  data: Parameters<typeof updateMilestoneAtVersion>[3],
  today: string,
) {
  const m = await updateMilestoneAtVersion(tx, id, version, data);
  if (!m) throw await conflictWith(tx, id, today);
  return m;
}

/** The audit row of a milestone change, by the session's user. */
export function auditMilestone(tx: Db, session: AppSession, action: string, id: string, change: { before?: unknown; after?: unknown }) {
  return auditChange(tx, session, action, 'PaymentMilestone', id, change);
}

export function checkAmounts(
  session: AppSession,
  deal: Awaited<ReturnType<typeof lockEditableDeal>>,
  replace: { id?: string; amount: string },
) {
  const others = deal.milestones.filter((m) => m.id !== replace.id).map((m) => m.amount.toString());
  const r = checkSchedule(contractOf(deal), [...others, replace.amount]);
  if (!r.ok) throw scheduleError(session, r.error);
}
