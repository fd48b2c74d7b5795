import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma, SalesProcessStep } from '@/lib/db/generated/client';

// Reads and writes of an opportunity's procurement and public-bid fields (issue 12 item 5): the
// fields on the row, its step dates (OpportunityProcessStep) and consortium partners.

export const bidSelect = {
  id: true,
  name: true,
  version: true,
  isPublicSector: true,
  salesProcessStep: true,
  bidNoticeNo: true,
  bidRound: true,
  demandAgency: true,
  estimatedPrice: true,
  plannedPrice: true,
  lowerBidLimitRate: true,
  bidDeadline: true,
  bidAmount: true,
  processSteps: { select: { step: true, date: true } },
  partners: {
    select: { id: true, name: true, role: true, sharePct: true },
    orderBy: [{ sharePct: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
  },
} satisfies Prisma.OpportunitySelect;
export type BidRow = Prisma.OpportunityGetPayload<{ select: typeof bidSelect }>;

export function getBidRow(db: Db, opportunityId: string) {
  return db.opportunity.findUnique({ where: { id: opportunityId }, select: bidSelect });
}

/** Locks the opportunity row for the rest of the transaction; false when it does not exist. */
export async function lockOpportunity(db: Db, opportunityId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Opportunity" WHERE id = ${opportunityId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

/** A deal (other than `exceptId`) that already carries this 공고번호 + 차수 (the pair is unique), or null. */
export function findBidNoticeHolder(db: Db, bidNoticeNo: string, bidRound: number | null, exceptId?: string) {
  return db.opportunity.findFirst({
    where: { bidNoticeNo, bidRound, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, name: true, account: { select: { name: true } } },
  });
}

/** Replaces the step dates (one statement each way: delete, then one multi-row insert). */
export async function replaceProcessSteps(db: Db, opportunityId: string, steps: readonly { step: SalesProcessStep; date: string }[]) {
  await db.opportunityProcessStep.deleteMany({ where: { opportunityId } });
  if (steps.length)
    await db.opportunityProcessStep.createMany({ data: steps.map((s) => ({ opportunityId, step: s.step, date: new Date(s.date) })) });
}

/** Replaces the consortium partners. */
export async function replacePartners(
  db: Db,
  opportunityId: string,
  partners: readonly { name: string; role: string | null; sharePct: string | null }[],
) {
  await db.consortiumPartner.deleteMany({ where: { opportunityId } });
  if (partners.length) await db.consortiumPartner.createMany({ data: partners.map((p) => ({ opportunityId, ...p })) });
}

export type NearBidDeadline = {
  id: string;
  name: string;
  accountName: string;
  bidDeadline: Date;
  bidNoticeNo: string | null;
  bidRound: number | null;
};

/**
 * Open deals whose 입찰 마감 falls in [from, to], soonest first (the dashboard's list), within `scope`
 * (lib/db/access.ts: ownOpportunityWhere — a rep's own, a manager's team's, everyone's for executives).
 */
export function listNearBidDeadlines(
  db: Db,
  opts: { from: Date; to: Date; scope: Prisma.OpportunityWhereInput; take?: number },
): Promise<NearBidDeadline[]> {
  return db.opportunity
    .findMany({
      where: { AND: [opts.scope, { outcome: 'OPEN', bidDeadline: { gte: opts.from, lte: opts.to } }] },
      select: { id: true, name: true, bidDeadline: true, bidNoticeNo: true, bidRound: true, account: { select: { name: true } } },
      orderBy: [{ bidDeadline: 'asc' }, { id: 'asc' }],
      take: opts.take ?? 20,
    })
    .then((rows) => rows.map((r) => ({ ...r, bidDeadline: r.bidDeadline!, accountName: r.account.name })));
}
