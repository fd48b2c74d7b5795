import 'server-only';
import { mayEdit } from '@/lib/domain/access';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { editableWhere } from '@/lib/db/queries/opportunities';
import {
  receivableCursor,
  getSchedule,
  listOutstandingFacts,
  listReceivablesPage,
  milestoneSelect,
  type MilestoneRecord,
  type ReceivableFilter,
  type ReceivableRow,
} from '@/lib/db/queries/receivables';
import { formatKrw } from '@/lib/domain/format/money';
import {
  checkCollection,
  checkSchedule,
  compareAmounts,
  milestoneState,
  summarize,
  type ScheduleError,
} from '@/lib/domain/receivables/rules';
import { koreaToday, startOfKoreanDay } from '@/lib/domain/time/korea';
import { translateError } from '@/lib/i18n/translate';
import type {
  AddMilestoneInput,
  CollectMilestoneInput,
  DeleteMilestoneInput,
  ListReceivablesQuery,
  MilestoneView,
  ReceivableItem,
  UpdateMilestoneInput,
} from '@/lib/validation/receivables';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { assertCan } from '@/lib/server/authorize';

// Receivables commands (SPEC §6), shared by the /receivables page's actions and /api/v1:
// scoped load (a rep edits their own deals' schedule, a manager their team's, an admin any;
// anything else is 404) → the deal must be WON (422) → decide (lib/domain/receivables) → one
// transaction with an audit row. The opportunity row is locked (FOR UPDATE) so two editors adding
// milestones at once cannot together exceed the contract; each milestone carries `version`
// (stale → 409 with the current milestone, never an overwrite).

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

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
    version: m.version,
    status: s.status,
    daysOverdue: s.daysOverdue,
    outstanding: s.outstanding,
  };
}

function filterOf(
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

/** GET /api/v1/receivables and the page's list: one keyset page (everyone with opportunity:read). */
export async function listReceivables(db: Db, session: AppSession, q: ListReceivablesQuery, now = new Date()) {
  assertCan(session, 'opportunity:read');
  const today = koreaToday(now);
  const after = q.cursor ? receivableCursor.decode(q.cursor) : null;
  if (q.cursor && !after) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'cursor', message: 'invalid cursor' }] });
  const page = await listReceivablesPage(db, filterOf(session, q, today), { after, limit: q.limit });
  const items: ReceivableItem[] = page.items.map((r) => ({
    ...milestoneView(r, today),
    opportunityName: r.opportunityName,
    accountId: r.accountId,
    accountName: r.accountName,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
  }));
  return { items, nextCursor: page.nextCursor };
}

/** KPI strip and aging buckets under the list's owner/team/account filters. */
export async function receivablesSummary(
  db: Db,
  session: AppSession,
  q: Pick<ListReceivablesQuery, 'owner' | 'team' | 'account'>,
  now = new Date(),
) {
  const today = koreaToday(now);
  const { status: _s, ...f } = filterOf(session, { ...q, status: 'outstanding' }, today);
  return summarize(await listOutstandingFacts(db, f), today);
}

/** The schedule editor: the deal, its milestones, whether this user may edit it, and the schedule check. */
export async function getScheduleView(db: Db, session: AppSession, opportunityId: string, now = new Date()) {
  const today = koreaToday(now);
  const o = await getSchedule(db, opportunityId);
  if (!o) throw notFound();
  const editable =
    can(session.roles, 'receivable:edit') &&
    o.outcome === 'WON' &&
    mayEdit(session, { ownerId: o.ownerId, ownerManagerId: o.owner.managerId });
  const contract = contractOf(o);
  const check = checkSchedule(
    contract,
    o.milestones.map((m) => m.amount.toString()),
  );
  return {
    opportunity: {
      id: o.id,
      name: o.name,
      outcome: o.outcome,
      accountId: o.account.id,
      accountName: o.account.name,
      ownerName: o.owner.name,
      contractAmount: contract,
    },
    milestones: o.milestones.map((m) => milestoneView(m, today)),
    editable,
    scheduled: check.ok ? check.value.scheduled : null,
    unscheduled: check.ok ? check.value.unscheduled : null,
    today,
  };
}

/** The cap: the contract amount, or the deal amount when no contract amount was recorded. */
function contractOf(o: { contractAmount: { toString(): string } | null; amount: { toString(): string } | null }) {
  return o.contractAmount?.toString() ?? o.amount?.toString() ?? null;
}

function scheduleError(session: AppSession, e: ScheduleError, collectedPath = 'collectedAmount'): DomainError {
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

/** Lock the deal (serialises schedule edits) and load it if this user may edit it; 404 otherwise, 422 unless WON. */
export async function lockEditableDeal(tx: Db, session: AppSession, opportunityId: string, unscoped = false) {
  const visible = await tx.opportunity.findFirst({
    where: { id: opportunityId, ...(unscoped ? {} : editableWhere(session)) },
    select: { id: true },
  });
  if (!visible) throw notFound();
  await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${opportunityId}::uuid FOR UPDATE`;
  const o = await tx.opportunity.findUniqueOrThrow({
    where: { id: opportunityId },
    select: { id: true, outcome: true, amount: true, contractAmount: true, milestones: { select: { id: true, amount: true } } },
  });
  if (o.outcome !== 'WON') throw new DomainError('UNPROCESSABLE', 'receivables.errors.notWon');
  return o;
}

/** The milestone, if its deal is one this user may edit (404 otherwise). */
export async function loadMilestone(tx: Db, session: AppSession, id: string, unscoped = false) {
  const m = await tx.paymentMilestone.findFirst({
    where: { id, ...(unscoped ? {} : { opportunity: editableWhere(session) }) },
    select: milestoneSelect,
  });
  if (!m) throw notFound();
  return m;
}

export async function conflictWith(tx: Db, id: string, today: string) {
  const m = await tx.paymentMilestone.findUnique({ where: { id }, select: milestoneSelect });
  if (!m) return notFound();
  return new DomainError('CONFLICT', 'conflict', { details: milestoneView(m, today) });
}

function checkAmounts(session: AppSession, deal: Awaited<ReturnType<typeof lockEditableDeal>>, replace: { id?: string; amount: string }) {
  const others = deal.milestones.filter((m) => m.id !== replace.id).map((m) => m.amount.toString());
  const r = checkSchedule(contractOf(deal), [...others, replace.amount]);
  if (!r.ok) throw scheduleError(session, r.error);
}

/** POST /api/v1/opportunities/{id}/payment-milestones and the editor's "add". */
export async function addMilestone(db: DbClient, session: AppSession, input: AddMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const deal = await lockEditableDeal(tx, session, input.opportunityId);
    checkAmounts(session, deal, { amount: input.amount });
    const sequence = (await tx.paymentMilestone.count({ where: { opportunityId: deal.id, kind: input.kind } })) + 1;
    const m = await tx.paymentMilestone.create({
      data: { opportunityId: deal.id, kind: input.kind, sequence, amount: input.amount, dueDate: new Date(`${input.dueDate}T00:00:00Z`) },
      select: milestoneSelect,
    });
    const view = milestoneView(m, today);
    await audit(tx, {
      actorId: session.userId,
      action: 'receivable.milestone.create',
      entityType: 'PaymentMilestone',
      entityId: m.id,
      after: view,
    });
    return view;
  });
}

/** PATCH /api/v1/payment-milestones/{id}: kind, amount, due date (with `version`). */
export async function updateMilestone(db: DbClient, session: AppSession, input: UpdateMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const before = await loadMilestone(tx, session, input.id);
    const deal = await lockEditableDeal(tx, session, before.opportunityId);
    if (before.version !== input.version) throw await conflictWith(tx, before.id, today);
    const amount = input.amount ?? before.amount.toString();
    checkAmounts(session, deal, { id: before.id, amount });
    const collected = before.collectedAmount?.toString() ?? '0';
    if (compareAmounts(collected, amount) > 0)
      throw scheduleError(session, { code: 'COLLECTED_EXCEEDS_AMOUNT', amount, collected }, 'amount');
    const fully = compareAmounts(collected, amount) === 0;
    const n = await tx.paymentMilestone.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        kind: input.kind,
        amount,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : undefined,
        collectedAt: fully ? (before.collectedAt ?? now) : null,
        version: { increment: 1 },
      },
    });
    if (n.count === 0) throw await conflictWith(tx, before.id, today);
    const after = milestoneView(await tx.paymentMilestone.findUniqueOrThrow({ where: { id: before.id }, select: milestoneSelect }), today);
    await audit(tx, {
      actorId: session.userId,
      action: 'receivable.milestone.update',
      entityType: 'PaymentMilestone',
      entityId: before.id,
      before: milestoneView(before, today),
      after,
    });
    return after;
  });
}

/** DELETE /api/v1/payment-milestones/{id}?version= and the editor's "delete". */
export async function deleteMilestone(db: DbClient, session: AppSession, input: DeleteMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const before = await loadMilestone(tx, session, input.id);
    await lockEditableDeal(tx, session, before.opportunityId);
    if (before.version !== input.version) throw await conflictWith(tx, before.id, today);
    const n = await tx.paymentMilestone.deleteMany({ where: { id: before.id, version: input.version } });
    if (n.count === 0) throw await conflictWith(tx, before.id, today);
    await audit(tx, {
      actorId: session.userId,
      action: 'receivable.milestone.delete',
      entityType: 'PaymentMilestone',
      entityId: before.id,
      before: milestoneView(before, today),
    });
    return { id: before.id, deleted: true };
  });
}

/**
 * POST /api/v1/payment-milestones/{id}/collect { collectedAmount, collectedOn, version }: the
 * total collected so far. Equal to the amount → collected (collectedAt = that day, 00:00 in Korea);
 * less → partially collected (collectedAt stays empty; the date is kept in the audit row); 0 → undo.
 */
export async function collectMilestone(db: DbClient, session: AppSession, input: CollectMilestoneInput, now = new Date()) {
  assertCan(session, 'receivable:collect');
  // the rep side on their own / team's deals (receivable:edit); the finance VRB member on any won deal
  const unscoped = isFinanceMember(session);
  if (!unscoped) assertCan(session, 'receivable:edit');
  const today = koreaToday(now);
  return db.$transaction(async (tx) => {
    const before = await loadMilestone(tx, session, input.id, unscoped);
    await lockEditableDeal(tx, session, before.opportunityId, unscoped);
    if (before.version !== input.version) throw await conflictWith(tx, before.id, today);
    const r = checkCollection(before.amount.toString(), input.collectedAmount, input.collectedOn, today);
    if (!r.ok) throw scheduleError(session, r.error);
    // once invoiced, a milestone collects at most what was invoiced (collected ≤ invoiced ≤ amount)
    if (before.invoicedAmount !== null && compareAmounts(input.collectedAmount, before.invoicedAmount.toString()) > 0)
      throw new DomainError('VALIDATION', 'vrb.errors.collectedOverInvoiced', {
        fields: [{ path: 'collectedAmount', message: translateError(session.locale, 'vrb.errors.collectedOverInvoiced') }],
      });
    const zero = compareAmounts(input.collectedAmount, '0') === 0;
    const n = await tx.paymentMilestone.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        collectedAmount: zero ? null : input.collectedAmount,
        collectedAt: r.value.fullyCollected ? startOfKoreanDay(input.collectedOn) : null,
        version: { increment: 1 },
      },
    });
    if (n.count === 0) throw await conflictWith(tx, before.id, today);
    const after = milestoneView(await tx.paymentMilestone.findUniqueOrThrow({ where: { id: before.id }, select: milestoneSelect }), today);
    await audit(tx, {
      actorId: session.userId,
      action: 'receivable.milestone.collect',
      entityType: 'PaymentMilestone',
      entityId: before.id,
      before: milestoneView(before, today),
      after: { ...after, collectedOn: input.collectedOn },
    });
    return after;
  });
}
