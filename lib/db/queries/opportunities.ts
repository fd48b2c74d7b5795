import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { AppSession } from '@/lib/auth/session';

// SQL of the opportunity pages and commands. "May edit" scoping: an admin edits every deal; anyone
// else their own and those of the reps they manage (User.managerId). Reading is open to all.

export function editableWhere(session: Pick<AppSession, 'userId' | 'roles'>): Prisma.OpportunityWhereInput {
  if (session.roles.includes('ADMIN')) return {};
  return { OR: [{ ownerId: session.userId }, { owner: { managerId: session.userId } }] };
}

export const opportunitySelect = {
  id: true,
  name: true,
  accountId: true,
  account: { select: { name: true } },
  ownerId: true,
  owner: { select: { name: true } },
  amount: true,
  currency: true,
  businessCategoryId: true,
  regionScope: true,
  country: true,
  salesRegionId: true,
  expectedCloseDate: true,
  need: true,
  tier: true,
  outcome: true,
  lastOpenTier: true,
  tierEnteredAt: true,
  closedAt: true,
  lossType: true,
  lostToCompetitorId: true,
  contractAmount: true,
  resourcePersonMonths: true,
  resourceBudget: true,
  resourceDays: true,
  marketPolitical: true,
  marketSocial: true,
  marketCultural: true,
  marketNotes: true,
  nextStep: true,
  nextStepDueDate: true,
  proposalDueDate: true,
  stallSnoozedUntil: true,
  stallSnoozeReason: true,
  stallSnoozedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  reasons: { select: { reasonId: true } },
} satisfies Prisma.OpportunitySelect;
export type OpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof opportunitySelect }>;

export async function getOpportunity(db: Db, id: string) {
  return db.opportunity.findUnique({ where: { id }, select: opportunitySelect });
}

/** The opportunity if the user may edit it, else null ("not found" and "not yours" look the same). */
export async function getEditableOpportunity(db: Db, session: Pick<AppSession, 'userId' | 'roles'>, id: string) {
  return db.opportunity.findFirst({ where: { id, ...editableWhere(session) }, select: opportunitySelect });
}

export type RequirementFactsRow = {
  contacts: number;
  decisionMakers: number;
  passedBidApproval: boolean;
  reasons: Record<string, number>;
};

/** Everything the entry requirements look at beyond the opportunity row, in one round trip. */
export async function getRequirementFacts(db: Db, opportunityId: string): Promise<RequirementFactsRow> {
  const rows = await db.$queryRaw<{ contacts: number; dms: number; passed: boolean; reasons: Record<string, number> | null }[]>`
    SELECT
      (SELECT count(*)::int FROM "OpportunityContact" oc WHERE oc."opportunityId" = ${opportunityId}::uuid) AS contacts,
      (SELECT count(*)::int FROM "OpportunityContact" oc JOIN "Contact" c ON c.id = oc."contactId"
        WHERE oc."opportunityId" = ${opportunityId}::uuid AND c."powerRole" = 'DECISION_MAKER') AS dms,
      EXISTS (
        SELECT 1 FROM "VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId"
        WHERE r."opportunityId" = ${opportunityId}::uuid AND s."isBidApproval"
          AND (SELECT d.decision FROM "VrbDecision" d WHERE d."reviewId" = r.id ORDER BY d."decidedAt" DESC LIMIT 1) = 'PASS'
      ) AS passed,
      (SELECT jsonb_object_agg(k.kind, k.n) FROM (
        SELECT rs.kind::text AS kind, count(*)::int AS n FROM "OpportunityReason" orr JOIN "Reason" rs ON rs.id = orr."reasonId"
        WHERE orr."opportunityId" = ${opportunityId}::uuid GROUP BY rs.kind) k) AS reasons`;
  const r = rows[0]!;
  return { contacts: r.contacts, decisionMakers: r.dms, passedBidApproval: r.passed, reasons: r.reasons ?? {} };
}

export type BoardQuery = {
  owners?: string[];
  teamManagerId?: string;
  categoryId?: string;
  regionScope?: 'DOMESTIC' | 'OVERSEAS';
  closeFrom?: Date | null;
  closeTo?: Date | null;
  q?: string;
  closedSince: Date;
};

export type BoardRow = {
  id: string;
  name: string;
  accountName: string;
  ownerId: string;
  ownerName: string;
  amount: string | null;
  tier: number;
  outcome: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  tierEnteredAt: Date;
  expectedCloseDate: Date | null;
  nextStep: string | null;
  nextStepDueDate: Date | null;
  stallSnoozedUntil: Date | null;
  stallSnoozedAt: Date | null;
  version: number;
  position: number;
  categoryId: string | null;
  regionScope: 'DOMESTIC' | 'OVERSEAS';
};

/**
 * The board: every open opportunity plus those closed since `closedSince`, filtered. One query;
 * `(tier, position)` orders each column. Horizon filters on the expected close date range.
 */
export async function listBoardRows(db: Db, f: BoardQuery): Promise<BoardRow[]> {
  const conds: Prisma.Sql[] = [Prisma.sql`(o.outcome = 'OPEN' OR o."closedAt" >= ${f.closedSince})`];
  if (f.owners?.length) conds.push(Prisma.sql`o."ownerId" = ANY(${f.owners}::uuid[])`);
  if (f.teamManagerId) conds.push(Prisma.sql`(u."managerId" = ${f.teamManagerId}::uuid OR o."ownerId" = ${f.teamManagerId}::uuid)`);
  if (f.categoryId) conds.push(Prisma.sql`o."businessCategoryId" = ${f.categoryId}::uuid`);
  if (f.regionScope) conds.push(Prisma.sql`o."regionScope" = ${f.regionScope}::"RegionScope"`);
  if (f.closeFrom !== undefined || f.closeTo !== undefined) {
    conds.push(Prisma.sql`o."expectedCloseDate" IS NOT NULL`);
    if (f.closeFrom) conds.push(Prisma.sql`o."expectedCloseDate" >= ${f.closeFrom}::date`);
    if (f.closeTo) conds.push(Prisma.sql`o."expectedCloseDate" < ${f.closeTo}::date`);
  }
  if (f.q) conds.push(Prisma.sql`(o.name ILIKE ${'%' + f.q + '%'} OR a.name ILIKE ${'%' + f.q + '%'})`);
  return db.$queryRaw<BoardRow[]>`
    SELECT o.id, o.name, a.name AS "accountName", o."ownerId", u.name AS "ownerName", o.amount::text AS amount,
           o.tier::int AS tier, o.outcome::text AS outcome, o."tierEnteredAt", o."expectedCloseDate", o."nextStep",
           o."nextStepDueDate", o."stallSnoozedUntil", o."stallSnoozedAt", o.version, o.position,
           o."businessCategoryId" AS "categoryId", o."regionScope"::text AS "regionScope"
    FROM "Opportunity" o
    JOIN "Account" a ON a.id = o."accountId"
    JOIN "User" u ON u.id = o."ownerId"
    WHERE ${Prisma.join(conds, ' AND ')}
    ORDER BY o.tier DESC, o.position, o."tierEnteredAt", o.id`;
}

export type ApiListFilter = {
  tier?: number;
  ownerId?: string;
  category?: string;
  region?: string;
  outcome?: string;
  afterId?: string;
  limit: number;
};

/** Keyset page for GET /api/v1/opportunities by primary key (the pkey index serves it; stable under inserts). */
export async function listOpportunityPage(db: Db, f: ApiListFilter) {
  const where: Prisma.OpportunityWhereInput = {};
  if (f.tier !== undefined) where.tier = f.tier;
  if (f.ownerId) where.ownerId = f.ownerId;
  if (f.outcome) where.outcome = f.outcome as never;
  if (f.category) where.businessCategory = /^[0-9a-f-]{36}$/i.test(f.category) ? { id: f.category } : { code: f.category };
  if (f.region) {
    if (f.region === 'DOMESTIC' || f.region === 'OVERSEAS') where.regionScope = f.region;
    else where.salesRegion = /^[0-9a-f-]{36}$/i.test(f.region) ? { id: f.region } : { code: f.region };
  }
  if (f.afterId) where.id = { gt: f.afterId };
  return db.opportunity.findMany({ where, select: opportunitySelect, orderBy: { id: 'asc' }, take: f.limit + 1 });
}

/** Latest audit row of an entity (who changed it last), for the conflict message. */
export async function getLastChange(db: Db, opportunityId: string) {
  const row = await db.auditLog.findFirst({
    where: { entityType: 'Opportunity', entityId: opportunityId },
    orderBy: { at: 'desc' },
    select: { actorId: true, action: true, at: true },
  });
  if (!row) return null;
  const actor = row.actorId ? await db.user.findUnique({ where: { id: row.actorId }, select: { name: true } }) : null;
  return { actorName: actor?.name ?? null, action: row.action, at: row.at };
}
