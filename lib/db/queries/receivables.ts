import 'server-only';
import { z } from '@/lib/validation/z';
import { cursorCodec, cursorParts } from '@/lib/domain/pagination/cursor';
import { Prisma } from '@/lib/db/generated/client';
import type { Db } from '@/lib/db/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';
import { lockEditableOpportunity } from './opportunity-lock';
import { addDays } from '@/lib/domain/time/korea';
import { DUE_SOON_DAYS, type MilestoneFacts, type MilestoneKind } from '@/lib/domain/receivables/rules';
import type { ReceivableStatusFilter } from '@/lib/validation/receivables';

// Receivables SQL (SPEC §6). Every list is one statement (no query per row): the milestones of
// WON deals joined to their opportunity, account and owner.
//
// Index: PaymentMilestone(collectedAt, dueDate) — "the receivables overdue list". The overdue,
// due and outstanding filters are `collectedAt IS NULL AND dueDate <range>`: an index range scan
// over the uncollected prefix, already in dueDate order, so the keyset page
// `(dueDate, id) > cursor ORDER BY dueDate, id LIMIT n+1` reads about n rows instead of sorting every
// milestone (collectedAt is set only when a milestone is fully collected, so partial ones stay in
// the prefix). `status=all` walks every milestone of won deals (a small table: a few per deal).

export type ReceivableFilter = {
  status: ReceivableStatusFilter;
  ownerId?: string;
  managerId?: string;
  accountId?: string;
  /** today in Korea, 'YYYY-MM-DD' */
  today: string;
};

export type ReceivableRow = MilestoneFacts & {
  id: string;
  opportunityId: string;
  kind: MilestoneKind;
  sequence: number;
  collectedAt: Date | null;
  version: number;
  opportunityName: string;
  accountId: string;
  accountName: string;
  ownerId: string;
  ownerName: string;
};

/** Keyset cursor of the receivables list: [due date, milestone id] of the last row. */
export const receivableCursor = cursorCodec(z.tuple([cursorParts.isoDate, cursorParts.uuid]));

function conditions(f: Omit<ReceivableFilter, 'status'> & { status: ReceivableStatusFilter | 'outstanding' }) {
  const c: Prisma.Sql[] = [Prisma.sql`o.outcome = 'WON'`];
  if (f.status !== 'all') c.push(Prisma.sql`m."collectedAt" IS NULL`);
  if (f.status === 'overdue') c.push(Prisma.sql`m."dueDate" < ${f.today}::date`);
  if (f.status === 'due') c.push(Prisma.sql`m."dueDate" >= ${f.today}::date AND m."dueDate" < ${addDays(f.today, DUE_SOON_DAYS)}::date`);
  if (f.ownerId) c.push(Prisma.sql`o."ownerId" = ${f.ownerId}::uuid`);
  if (f.managerId) c.push(Prisma.sql`(u."managerId" = ${f.managerId}::uuid OR o."ownerId" = ${f.managerId}::uuid)`);
  if (f.accountId) c.push(Prisma.sql`o."accountId" = ${f.accountId}::uuid`);
  return c;
}

const COLUMNS = Prisma.sql`
  m.id, m."opportunityId", m.kind::text AS kind, m.sequence, trim_scale(m.amount)::text AS amount,
  to_char(m."dueDate", 'YYYY-MM-DD') AS "dueDate", m."collectedAt", trim_scale(m."collectedAmount")::text AS "collectedAmount", m.version,
  o.name AS "opportunityName", a.id AS "accountId", a.name AS "accountName", u.id AS "ownerId", u.name AS "ownerName"`;
const FROM = Prisma.sql`
  FROM "PaymentMilestone" m
  JOIN "Opportunity" o ON o.id = m."opportunityId"
  JOIN "Account" a ON a.id = o."accountId"
  JOIN "User" u ON u.id = o."ownerId"`;

/** One keyset page ordered by due date (oldest first), LIMIT n+1 to know whether another page exists. */
export async function listReceivablesPage(db: Db, f: ReceivableFilter, page: { after: [string, string] | null; limit: number }) {
  const c = conditions(f);
  if (page.after) c.push(Prisma.sql`(m."dueDate", m.id) > (${page.after[0]}::date, ${page.after[1]}::uuid)`);
  const rows = await db.$queryRaw<ReceivableRow[]>`
    SELECT ${COLUMNS} ${FROM}
    WHERE ${Prisma.join(c, ' AND ')}
    ORDER BY m."dueDate", m.id
    LIMIT ${page.limit + 1}`;
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items.at(-1);
  return { items, nextCursor: more && last ? receivableCursor.encode([last.dueDate, last.id]) : null };
}

/** Everything still outstanding under the same filters (for the KPI strip and aging buckets). */
export async function listOutstandingFacts(db: Db, f: Omit<ReceivableFilter, 'status'>): Promise<MilestoneFacts[]> {
  return db.$queryRaw<MilestoneFacts[]>`
    SELECT trim_scale(m.amount)::text AS amount, to_char(m."dueDate", 'YYYY-MM-DD') AS "dueDate", trim_scale(m."collectedAmount")::text AS "collectedAmount"
    ${FROM}
    WHERE ${Prisma.join(conditions({ ...f, status: 'outstanding' }), ' AND ')}`;
}

export const milestoneSelect = {
  id: true,
  opportunityId: true,
  kind: true,
  sequence: true,
  amount: true,
  dueDate: true,
  collectedAt: true,
  collectedAmount: true,
  invoicedAmount: true,
  invoicedAt: true,
  version: true,
} satisfies Prisma.PaymentMilestoneSelect;
export type MilestoneRecord = Prisma.PaymentMilestoneGetPayload<{ select: typeof milestoneSelect }>;

/** One opportunity's schedule (by due date) with what the editor shows about the deal. */
export async function getSchedule(db: Db, opportunityId: string) {
  return db.opportunity.findUnique({
    where: { id: opportunityId },
    select: {
      id: true,
      name: true,
      outcome: true,
      ownerId: true,
      amount: true,
      contractAmount: true,
      account: { select: { id: true, name: true } },
      owner: { select: { name: true, managerId: true } },
      milestones: { orderBy: [{ dueDate: 'asc' }, { sequence: 'asc' }, { id: 'asc' }], select: milestoneSelect },
    },
  });
}

// ── the schedule editor's writes (lib/server/commands/receivables) ─────────────────────────────

/**
 * The won-or-not deal and its milestones, locked FOR UPDATE (two editors adding milestones at once
 * cannot together exceed the contract), if the actor may edit it (`unscoped`: the finance VRB
 * member records on every deal); null when not (the caller tells 403 from 404).
 */
export async function lockDealForSchedule(db: Db, actor: Actor, opportunityId: string, opts: { unscoped?: boolean } = {}) {
  if (!(await lockEditableOpportunity(db, actor, opportunityId, opts))) return null;
  return db.opportunity.findUniqueOrThrow({
    where: { id: opportunityId },
    select: { id: true, outcome: true, amount: true, contractAmount: true, milestones: { select: { id: true, amount: true } } },
  });
}

/** The milestone if its deal is one the actor may edit (`unscoped`: any), else null. */
export function getEditableMilestone(db: Db, actor: Actor, id: string, opts: { unscoped?: boolean } = {}) {
  return db.paymentMilestone.findFirst({
    where: { id, ...(opts.unscoped ? {} : { opportunity: editableOpportunityWhere(actor) }) },
    select: milestoneSelect,
  });
}

export function getMilestone(db: Db, id: string) {
  return db.paymentMilestone.findUnique({ where: { id }, select: milestoneSelect });
}

/** Add a milestone after the deal's others of its kind (sequence = their count + 1); the deal is locked by the caller. */
export async function appendMilestone(db: Db, m: { opportunityId: string; kind: MilestoneKind; amount: string; dueDate: string }) {
  const sequence = (await db.paymentMilestone.count({ where: { opportunityId: m.opportunityId, kind: m.kind } })) + 1;
  return db.paymentMilestone.create({
    data: { opportunityId: m.opportunityId, kind: m.kind, sequence, amount: m.amount, dueDate: new Date(`${m.dueDate}T00:00:00Z`) },
    select: milestoneSelect,
  });
}

/** Insert a proposed schedule, one row each so the answer keeps their order (at most three: 착수금/중도금/잔금). */
export async function insertMilestones(
  db: Db,
  opportunityId: string,
  rows: readonly { kind: MilestoneKind; sequence: number; amount: string; dueDate: string }[],
) {
  const created = [];
  for (const m of rows)
    created.push(
      await db.paymentMilestone.create({
        data: { opportunityId, kind: m.kind, sequence: m.sequence, amount: m.amount, dueDate: new Date(`${m.dueDate}T00:00:00Z`) },
        select: { id: true, kind: true, sequence: true, amount: true, dueDate: true, version: true },
      }),
    );
  return created;
}

/** Compare-and-set on `version`: the milestone as it is after the change, or null when someone changed it first. */
export async function updateMilestoneAtVersion(db: Db, id: string, version: number, data: Prisma.PaymentMilestoneUpdateManyMutationInput) {
  const { count } = await db.paymentMilestone.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) return null;
  return db.paymentMilestone.findUniqueOrThrow({ where: { id }, select: milestoneSelect });
}

/** Delete the milestone if it is still at `version`; false otherwise. */
export async function removeMilestoneAtVersion(db: Db, id: string, version: number) {
  const { count } = await db.paymentMilestone.deleteMany({ where: { id, version } });
  return count > 0;
}

/** What a receivables proposal is computed from: the deal's outcome, amounts, win date and how many milestones it has. */
export function getProposalDeal(db: Db, opportunityId: string) {
  return db.opportunity.findUnique({
    where: { id: opportunityId },
    select: { id: true, outcome: true, contractAmount: true, amount: true, closedAt: true, _count: { select: { milestones: true } } },
  });
}
