import 'server-only';
// Over 400 lines on purpose: the opportunity aggregate's one select shape and the statements that
// must agree with it (scoped loads, the requirement facts, the tier move's single-statement write,
// the compare-and-set edit, create-with-history); its contacts live in contacts.ts.
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { AppSession } from '@/lib/auth/session';
import { editableOpportunitySql, editableOpportunityWhere } from '@/lib/db/access';
import { KEY_ACCOUNT_AUTO_REASON } from '@/lib/domain/tools/key-account';

// SQL of the opportunity pages and commands. "May edit" scoping: an admin edits every deal; anyone
// else their own and those of the reps they manage (User.managerId). Reading is open to all.

/** Opportunities the user may edit: the one scope of lib/domain/access (lib/db/access.ts). */
export const editableWhere = (session: Pick<AppSession, 'userId' | 'roles'>): Prisma.OpportunityWhereInput =>
  editableOpportunityWhere(session);

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
  unmetAtEntry: true,
  reasons: { select: { reasonId: true } },
} satisfies Prisma.OpportunitySelect;
export type OpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof opportunitySelect }>;

export async function getOpportunity(db: Db, id: string) {
  return db.opportunity.findUnique({ where: { id }, select: opportunitySelect });
}

/** The opportunity's name (a page heading), null when there is no such opportunity. */
export async function getOpportunityName(db: Db, id: string): Promise<string | null> {
  return (await db.opportunity.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** Whether the opportunity exists at all (everyone reads the pipeline: a refusal of an existing one is "forbidden", not "not found"). */
export async function opportunityExists(db: Db, id: string): Promise<boolean> {
  return (await db.opportunity.count({ where: { id } })) > 0;
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

/**
 * THE definition of "the bid-approval stage has passed" (Tier 1 entry requirement, SPEC §2), the
 * same one that lets the next VRB stage be scheduled (lib/domain/vrb/rules.ts canScheduleStage):
 * the latest decision of a bid-approval review is PASS, or CONDITIONAL with every finding of that
 * review RESOLVED. `oppId` is an SQL expression for the opportunity id.
 */
export function passedBidApprovalSql(oppId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId"
    CROSS JOIN LATERAL (SELECT d.decision FROM "VrbDecision" d WHERE d."reviewId" = r.id ORDER BY d."decidedAt" DESC, d.id DESC LIMIT 1) ld
    WHERE r."opportunityId" = ${oppId} AND s."isBidApproval" AND r.status = 'DECIDED'
      AND (ld.decision = 'PASS'
        OR (ld.decision = 'CONDITIONAL' AND NOT EXISTS (
              SELECT 1 FROM "VrbFinding" f WHERE f."reviewId" = r.id AND f.status <> 'RESOLVED'))))`;
}

/** Everything the entry requirements look at beyond the opportunity row, in one round trip. */
export async function getRequirementFacts(db: Db, opportunityId: string): Promise<RequirementFactsRow> {
  const rows = await db.$queryRaw<{ contacts: number; dms: number; passed: boolean; reasons: Record<string, number> | null }[]>`
    SELECT
      (SELECT count(*)::int FROM "OpportunityContact" oc WHERE oc."opportunityId" = ${opportunityId}::uuid) AS contacts,
      (SELECT count(*)::int FROM "OpportunityContact" oc JOIN "Contact" c ON c.id = oc."contactId"
        WHERE oc."opportunityId" = ${opportunityId}::uuid AND c."powerRole" = 'DECISION_MAKER') AS dms,
      ${passedBidApprovalSql(Prisma.sql`${opportunityId}::uuid`)} AS passed,
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
  ownerManagerId: string | null;
  ownerName: string;
  amount: string | null;
  tier: number;
  outcome: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  tierEnteredAt: Date;
  expectedCloseDate: Date | null;
  nextStep: string | null;
  nextStepDueDate: Date | null;
  /** entry requirements an imported deal did not meet at its tier (Opportunity.unmetAtEntry) */
  unmetCount: number;
  bidDeadline: Date | null;
  stallSnoozedUntil: Date | null;
  stallSnoozedAt: Date | null;
  version: number;
  position: number;
  categoryId: string | null;
  regionScope: 'DOMESTIC' | 'OVERSEAS';
  /** closed (won, lost, dropped) with no published postmortem: one is owed */
  postmortemOwed: boolean;
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
    SELECT o.id, o.name, a.name AS "accountName", o."ownerId", u."managerId" AS "ownerManagerId", u.name AS "ownerName",
           o.amount::text AS amount, o.tier::int AS tier, o.outcome::text AS outcome, o."tierEnteredAt", o."expectedCloseDate", o."nextStep",
           o."nextStepDueDate", o."stallSnoozedUntil", o."stallSnoozedAt", o.version, o.position,
           (o.outcome IN ('WON', 'LOST', 'DROPPED')
             AND NOT EXISTS (SELECT 1 FROM "Postmortem" p WHERE p."opportunityId" = o.id AND p.status <> 'DRAFT')) AS "postmortemOwed",
           cardinality(COALESCE(o."unmetAtEntry", '{}'))::int AS "unmetCount", o."bidDeadline",
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

/** An audit row's JSON as lib/server/audit.ts writes it (bigints as strings; undefined → NULL). */
const auditJson = (v: unknown) => (v === undefined ? null : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));

export type TierMoveWrite = {
  id: string;
  version: number;
  fromTier: number;
  fromOutcome: string;
  tier: number;
  outcome: string;
  lastOpenTier: number | null;
  reason: string | null;
  actorId: string;
  at: Date;
  auditBefore: unknown;
  auditAfter: unknown;
  /** an upward move or a close met the skipped tiers' requirements: drop the "요건 미충족" badge */
  clearUnmetAtEntry?: boolean;
  /** one more audit row of the cause (a tier review's decision), written only if the move is (same actor) */
  alsoAudit?: { action: string; entityType: string; entityId: string; before: unknown; after: unknown };
};

/**
 * The write of a tier move as ONE statement: compare-and-set on version, then exactly one
 * TierChange row and one AuditLog row (plus the cause's own audit row, `alsoAudit`) — all only if
 * the update hit. Atomic on its own, and the
 * row (and any summary rows a trigger touches) are locked only for this statement and its commit.
 * Returns false when the version was stale (nothing written).
 */
export async function writeTierMove(db: Db, w: TierMoveWrite): Promise<boolean> {
  const also = w.alsoAudit ?? null;
  const rows = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    WITH u AS (
      UPDATE "Opportunity"
      SET tier = ${w.tier}::smallint, outcome = ${w.outcome}::"Outcome", "lastOpenTier" = ${w.lastOpenTier}::smallint,
          "tierEnteredAt" = ${w.at}, "closedAt" = CASE WHEN ${w.tier}::int = 0 THEN ${w.at}::timestamptz END,
          position = ${-w.at.getTime() / 1000}::float8, version = version + 1, "updatedAt" = ${w.at},
          "unmetAtEntry" = CASE WHEN ${w.clearUnmetAtEntry ?? false} THEN '{}'::text[] ELSE "unmetAtEntry" END
      WHERE id = ${w.id}::uuid AND version = ${w.version}
      RETURNING id, "ownerId", name, "accountId"),
    h AS (
      INSERT INTO "TierChange" ("opportunityId", "fromTier", "toTier", "fromOutcome", "toOutcome", reason, "actorId", "changedAt")
      SELECT id, ${w.fromTier}::smallint, ${w.tier}::smallint, ${w.fromOutcome}::"Outcome", ${w.outcome}::"Outcome", ${w.reason}, ${w.actorId}::uuid, ${w.at} FROM u),
    a AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after, at)
      SELECT ${w.actorId}::uuid, 'opportunity.tier.move', 'Opportunity', id::text, ${JSON.stringify(w.auditBefore)}::jsonb, ${JSON.stringify(w.auditAfter)}::jsonb, ${w.at} FROM u),
    -- the cause's own audit row (a review decision), in this statement instead of a round trip of its own
    x AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after)
      SELECT ${w.actorId}::uuid, ${also?.action ?? ''}, ${also?.entityType ?? ''}, ${also?.entityId ?? ''}, ${auditJson(also?.before)}::jsonb, ${auditJson(also?.after)}::jsonb
      FROM u WHERE ${also !== null}),
    -- closing the deal (Tier 0) cancels its scheduled VRB reviews, in this same statement, each with an audit row
    c AS (
      UPDATE "VrbReview" r SET status = 'CANCELLED', "cancelReason" = ${`Tier 0 (${w.outcome})`}, "cancelledAt" = ${w.at}, version = r.version + 1
      WHERE ${w.tier}::int = 0 AND r.status = 'SCHEDULED' AND r."opportunityId" IN (SELECT id FROM u)
      RETURNING r.id, r.version),
    ca AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after, at)
      SELECT ${w.actorId}::uuid, 'vrb.review.cancel', 'VrbReview', c.id::text, jsonb_build_object('status', 'SCHEDULED', 'version', c.version - 1),
             jsonb_build_object('status', 'CANCELLED', 'reason', ${`Tier 0 (${w.outcome})`}::text, 'version', c.version), ${w.at} FROM c),
    -- "your deal was moved by someone else": the owner's notification, in the same statement as the move
    n AS (
      INSERT INTO "Notification" ("userId", kind, params, link, "actorId", "createdAt")
      SELECT "ownerId", 'DEAL_MOVED', jsonb_build_object('name', name, 'from', ${w.fromTier}::int, 'to', ${w.tier}::int, 'outcome', ${w.outcome}::text),
             '/opportunities/' || id::text, ${w.actorId}::uuid, ${w.at} FROM u WHERE "ownerId" <> ${w.actorId}::uuid),
    -- the account's FIRST won deal makes it a key account (issue 12; the rule is lib/domain/tools/key-account.ts
    -- keyAccountOnWin: not one yet and no earlier win), in this same statement as the win
    k AS (
      UPDATE "Account" acc SET "isKeyAccount" = true, "keyAccountReason" = ${KEY_ACCOUNT_AUTO_REASON}, "keyAccountSince" = ${w.at},
             version = acc.version + 1, "updatedAt" = ${w.at}
      FROM u
      WHERE ${w.outcome}::text = 'WON' AND acc.id = u."accountId" AND NOT acc."isKeyAccount"
        AND NOT EXISTS (SELECT 1 FROM "Opportunity" o2 WHERE o2."accountId" = acc.id AND o2.outcome = 'WON' AND o2.id <> u.id)
      RETURNING acc.id, acc.version, u.id AS "opportunityId"),
    ka AS (
      INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", before, after, at)
      SELECT ${w.actorId}::uuid, 'account.keyAccount.auto', 'Account', k.id::text, jsonb_build_object('isKeyAccount', false, 'version', k.version - 1),
             jsonb_build_object('isKeyAccount', true, 'reason', ${KEY_ACCOUNT_AUTO_REASON}::text, 'opportunityId', k."opportunityId", 'version', k.version), ${w.at} FROM k)
    SELECT count(*)::int AS n FROM u`);
  return rows[0]!.n === 1;
}

type WithFactsRaw = Omit<OpportunityRow, 'account' | 'owner' | 'reasons'> & {
  accountName: string;
  ownerName: string;
  reasonIds: string[];
  f_contacts: number;
  f_dms: number;
  f_passed: boolean;
  f_reasons: Record<string, number> | null;
};

/**
 * The columns of `OpportunityRow` plus the requirement facts, for a query over "Opportunity" o
 * JOIN "Account" a JOIN "User" u (the owner); read back with `withFactsOf`.
 */
export const withFactsColumns = Prisma.sql`
    o.id, o.name, o."accountId", o."ownerId", o.amount::text AS amount, o.currency, o."businessCategoryId", o."regionScope"::text AS "regionScope",
           o.country, o."salesRegionId", o."expectedCloseDate"::text AS "expectedCloseDate", o.need, o.tier::int AS tier, o.outcome::text AS outcome, o."lastOpenTier"::int AS "lastOpenTier",
           o."tierEnteredAt", o."closedAt", o."lossType"::text AS "lossType", o."lostToCompetitorId", o."contractAmount"::text AS "contractAmount",
           o."resourcePersonMonths"::text AS "resourcePersonMonths", o."resourceBudget"::text AS "resourceBudget", o."resourceDays",
           o."marketPolitical", o."marketSocial", o."marketCultural", o."marketNotes", o."nextStep", o."nextStepDueDate"::text AS "nextStepDueDate", o."proposalDueDate"::text AS "proposalDueDate",
           o."stallSnoozedUntil"::text AS "stallSnoozedUntil", o."stallSnoozeReason", o."stallSnoozedAt", o."createdAt", o."updatedAt", o.version,
           COALESCE(o."unmetAtEntry", '{}') AS "unmetAtEntry", a.name AS "accountName", u.name AS "ownerName",
           COALESCE((SELECT array_agg(orr."reasonId"::text) FROM "OpportunityReason" orr WHERE orr."opportunityId" = o.id), '{}') AS "reasonIds",
           (SELECT count(*)::int FROM "OpportunityContact" oc WHERE oc."opportunityId" = o.id) AS f_contacts,
           (SELECT count(*)::int FROM "OpportunityContact" oc JOIN "Contact" c ON c.id = oc."contactId" WHERE oc."opportunityId" = o.id AND c."powerRole" = 'DECISION_MAKER') AS f_dms,
           ${passedBidApprovalSql(Prisma.sql`o.id`)} AS f_passed,
           (SELECT jsonb_object_agg(k.kind, k.n) FROM (
              SELECT rs.kind::text AS kind, count(*)::int AS n FROM "OpportunityReason" orr JOIN "Reason" rs ON rs.id = orr."reasonId"
              WHERE orr."opportunityId" = o.id GROUP BY rs.kind) k) AS f_reasons`;

/** A row selected with `withFactsColumns` (other columns ignored) → the opportunity and its requirement facts. */
export function withFactsOf(r: WithFactsRaw): { opp: OpportunityRow; extra: RequirementFactsRow } {
  const { accountName, ownerName, reasonIds, f_contacts, f_dms, f_passed, f_reasons, ...rest } = r;
  // DATE columns come as 'YYYY-MM-DD' text (no time-zone shift from the driver) → UTC midnight
  const day = (v: unknown) => (v === null || v === undefined ? null : new Date(`${String(v)}T00:00:00Z`));
  const dates = {
    expectedCloseDate: day(rest.expectedCloseDate),
    nextStepDueDate: day(rest.nextStepDueDate),
    proposalDueDate: day(rest.proposalDueDate),
    stallSnoozedUntil: day(rest.stallSnoozedUntil),
  };
  const opp = {
    ...rest,
    ...dates,
    account: { name: accountName },
    owner: { name: ownerName },
    reasons: reasonIds.map((reasonId) => ({ reasonId })),
  } as unknown as OpportunityRow;
  const extra: RequirementFactsRow = { contacts: f_contacts, decisionMakers: f_dms, passedBidApproval: f_passed, reasons: f_reasons ?? {} };
  return { opp, extra };
}

/**
 * The move's read in ONE query: the opportunity as `OpportunityRow` (scoped to what the user may
 * edit; unscoped when `session` is null) plus the requirement facts. null when missing or not theirs.
 */
export async function getEditableOpportunityWithFacts(db: Db, session: Pick<AppSession, 'userId' | 'roles'> | null, id: string) {
  // null session: unscoped, for a caller that authorized the write itself (a VRB DROP decision)
  const scope = editableOpportunitySql(session, 'o', 'u');
  const rows = await db.$queryRaw<WithFactsRaw[]>(Prisma.sql`
    SELECT ${withFactsColumns}
    FROM "Opportunity" o JOIN "Account" a ON a.id = o."accountId" JOIN "User" u ON u.id = o."ownerId"
    WHERE o.id = ${id}::uuid AND ${scope}`);
  const r = rows[0];
  return r ? withFactsOf(r) : null;
}

/** Of these opportunities, the ids the user may edit (one query). */
export async function editableOpportunityIds(db: Db, session: Pick<AppSession, 'userId' | 'roles'>, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db.opportunity.findMany({ where: { id: { in: [...ids] }, ...editableWhere(session) }, select: { id: true } });
  return new Set(rows.map((o) => o.id));
}

/** The detail page's tier history, newest first. */
export function listTierHistory(db: Db, opportunityId: string) {
  return db.tierChange.findMany({
    where: { opportunityId },
    orderBy: { changedAt: 'desc' },
    select: {
      id: true,
      fromTier: true,
      toTier: true,
      fromOutcome: true,
      toOutcome: true,
      reason: true,
      changedAt: true,
      actor: { select: { name: true } },
    },
  });
}

/** The latest activities of an opportunity, newest first. */
export function listRecentActivities(db: Db, opportunityId: string, take = 50) {
  return db.activity.findMany({
    where: { opportunityId },
    orderBy: { occurredAt: 'desc' },
    take,
    select: { id: true, type: true, subject: true, body: true, occurredAt: true, nextStep: true, actor: { select: { name: true } } },
  });
}

/** The requirement form's plain field values (inside the move's transaction; the move's write bumps the version). */
export async function setRequirementFields(db: Db, opportunityId: string, data: Record<string, unknown>): Promise<void> {
  if (Object.keys(data).length) await db.opportunity.update({ where: { id: opportunityId }, data: data as Prisma.OpportunityUpdateInput });
}

/** Compare-and-set write of a deal's fields with a version bump: false when the version moved on (nothing written). */
export async function updateOpportunityAtVersion(
  db: Db,
  opportunityId: string,
  version: number,
  data: Prisma.OpportunityUpdateManyMutationInput,
): Promise<boolean> {
  const { count } = await db.opportunity.updateMany({
    where: { id: opportunityId, version },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

/** The stall flag's snooze (no version bump: it is not an edit of the deal's fields). */
export async function snoozeOpportunityStall(db: Db, opportunityId: string, s: { at: Date; until: Date; reason: string }): Promise<void> {
  await db.opportunity.update({
    where: { id: opportunityId },
    data: { stallSnoozedAt: s.at, stallSnoozedUntil: s.until, stallSnoozeReason: s.reason },
  });
}

/** The scope of a sales region, or null when there is no such region. */
export async function salesRegionScope(db: Db, id: string): Promise<'DOMESTIC' | 'OVERSEAS' | null> {
  const r = await db.salesRegion.findUnique({ where: { id }, select: { scope: true } });
  return r?.scope ?? null;
}

/**
 * A new deal and its first tier-history row (from nowhere to its tier, OPEN), written together:
 * "+ 사업기회" and a lead's conversion. `history.at` is the row's time (the database's now when absent).
 */
export async function insertOpportunityWithHistory(
  db: Db,
  data: Omit<Prisma.OpportunityUncheckedCreateInput, 'outcome'> & { tier: number },
  history: { actorId: string; reason: string; at?: Date },
) {
  const opp = await db.opportunity.create({
    data: { ...data, outcome: 'OPEN' },
    select: { id: true, name: true, tier: true, ownerId: true },
  });
  await db.tierChange.create({
    data: {
      opportunityId: opp.id,
      fromTier: null,
      toTier: data.tier,
      fromOutcome: null,
      toOutcome: 'OPEN',
      actorId: history.actorId,
      reason: history.reason,
      ...(history.at ? { changedAt: history.at } : {}),
    },
  });
  return opp;
}
