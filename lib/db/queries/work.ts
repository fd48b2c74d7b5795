import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { COUNT_CAP, type WorkKind, type WorkWindow } from '@/lib/domain/work';

// My work (내 업무): one SQL fragment per kind of work, used two ways — the nav counts (each a
// count over at most COUNT_CAP rows: the badge shows 99+) and the list (the most urgent rows of each
// kind) — each in ONE statement (UNION ALL), never a query per kind or per row. The indexes each
// fragment rides on are explained in prisma/migrations/20261205130000_loops.

export type WorkArgs = {
  userId: string;
  /** whose deals: the person, and a manager's reports */
  ownerIds: string[];
  vrbDomains: string[];
  /** tier reviews: a manager decides in their team's reviews; executives/admins in any */
  reviewTeamId: string | null;
  firmWide: boolean;
  /** receivables: finance sees every deal's, others their own/team's */
  allReceivables: boolean;
  w: WorkWindow;
  now: Date;
};

export type WorkRow = {
  kind: WorkKind;
  id: string;
  title: string;
  subtitle: string | null;
  opportunityId: string | null;
  reviewId: string | null;
  postmortemId: string | null;
  ownerId: string | null;
  ownerName: string | null;
  /** the date that makes it urgent: due date, deadline, since when stalled */
  at: Date | string | null;
  /** a finding's version (to answer it from the list), else null */
  version: number | null;
};

type Fragment = { select: Prisma.Sql; from: Prisma.Sql; order: Prisma.Sql };

const ids = (a: string[]) => Prisma.sql`${a}::uuid[]`;

/**
 * The caller's deals of one kind, owner by owner: for each owner an ordered index range stopped at
 * `limit` rows (LATERAL), so a manager of 20 reps reads at most 21 × limit index entries instead of
 * bitmap-scanning and sorting the whole team's range (EXPLAIN at 100k deals: 8,000 closed deals
 * read and sorted for 20 rows, 99 ms → under 2 ms).
 */
const perOwner = (owners: Prisma.Sql, where: Prisma.Sql, order: Prisma.Sql, limit: number) =>
  Prisma.sql`unnest(${owners}) AS ow(id) CROSS JOIN LATERAL (
      SELECT o.id, o.name, o."ownerId", o.outcome, o."closedAt", o."nextStep", o."nextStepDueDate", o."bidNoticeNo", o."bidDeadline"
      FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} ORDER BY ${order} LIMIT ${limit}) o
    JOIN "User" u ON u.id = o."ownerId"`;

function fragment(kind: WorkKind, a: WorkArgs, limit: number): Fragment {
  const { w } = a;
  const owners = ids(a.ownerIds);
  const opp = (title: Prisma.Sql, sub: Prisma.Sql, at: Prisma.Sql) =>
    Prisma.sql`${kind}::text AS kind, o.id::text AS id, ${title} AS title, ${sub} AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", ${at} AS at`;
  switch (kind) {
    case 'STALLED':
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`'T' || o.tier::text`, Prisma.sql`o."tierEnteredAt"::text`),
        from: Prisma.sql`"Opportunity" o JOIN "User" u ON u.id = o."ownerId"
          WHERE o.outcome = 'OPEN' AND o."ownerId" = ANY(${owners})
            AND ((o.tier = 4 AND o."tierEnteredAt" <= ${w.stallCutoff.tier4}) OR (o.tier = 3 AND o."tierEnteredAt" <= ${w.stallCutoff.tier3})
              OR (o.tier = 2 AND o."tierEnteredAt" <= ${w.stallCutoff.tier2}) OR (o.tier = 1 AND o."tierEnteredAt" <= ${w.stallCutoff.tier1}))
            AND NOT (o."stallSnoozedAt" IS NOT NULL AND o."stallSnoozedAt" >= o."tierEnteredAt" AND o."stallSnoozedUntil" >= ${w.today}::date)`,
        order: Prisma.sql`o."tierEnteredAt"`,
      };
    case 'NEXT_STEP_OVERDUE':
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`o."nextStep"`, Prisma.sql`o."nextStepDueDate"::text`),
        from: perOwner(
          owners,
          Prisma.sql`o.outcome = 'OPEN' AND o."nextStepDueDate" IS NOT NULL AND o."nextStepDueDate" < ${w.today}::date`,
          Prisma.sql`o."nextStepDueDate"`,
          limit,
        ),
        order: Prisma.sql`o."nextStepDueDate"`,
      };
    case 'BID_DEADLINE':
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`o."bidNoticeNo"`, Prisma.sql`o."bidDeadline"::text`),
        from: perOwner(
          owners,
          Prisma.sql`o.outcome = 'OPEN' AND o."bidDeadline" IS NOT NULL AND o."bidDeadline" >= ${a.now} AND o."bidDeadline" < ${w.bidUntil}`,
          Prisma.sql`o."bidDeadline"`,
          limit,
        ),
        order: Prisma.sql`o."bidDeadline"`,
      };
    case 'POSTMORTEM_DUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, o.id::text AS id, o.name AS title, o.outcome::text AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               p.id AS "postmortemId", o."ownerId", u.name AS "ownerName",
               (o."closedAt" + make_interval(days => ${w.postmortemDueDays}::int))::text AS at`,
        // the per-owner range skips published postmortems itself (so its LIMIT counts only owed ones)
        from: Prisma.sql`${perOwner(
          owners,
          Prisma.sql`o.outcome IN ('WON', 'LOST', 'DROPPED') AND o."closedAt" >= ${w.postmortemSince}
            AND NOT EXISTS (SELECT 1 FROM "Postmortem" pp WHERE pp."opportunityId" = o.id AND pp.status <> 'DRAFT')`,
          Prisma.sql`o."closedAt"`,
          limit,
        )} LEFT JOIN "Postmortem" p ON p."opportunityId" = o.id`,
        order: Prisma.sql`o."closedAt"`,
      };
    case 'FINDING_TO_ANSWER':
      return {
        select: Prisma.sql`${kind}::text AS kind, f.id::text AS id, f.issue AS title, o.name AS subtitle, o.id AS "opportunityId", r.id AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", f."createdAt"::text AS at`,
        from: Prisma.sql`"VrbFinding" f JOIN "VrbReview" r ON r.id = f."reviewId" JOIN "Opportunity" o ON o.id = r."opportunityId"
          JOIN "User" u ON u.id = o."ownerId"
          WHERE f.status = 'OPEN' AND r.status = 'SCHEDULED' AND o."ownerId" = ANY(${owners})`,
        order: Prisma.sql`f."createdAt"`,
      };
    case 'FINDING_TO_VERIFY':
      return {
        select: Prisma.sql`${kind}::text AS kind, f.id::text AS id, f.issue AS title, o.name AS subtitle, o.id AS "opportunityId", r.id AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", f."answeredAt"::text AS at`,
        from: Prisma.sql`"VrbFinding" f JOIN "VrbReview" r ON r.id = f."reviewId" JOIN "Opportunity" o ON o.id = r."opportunityId"
          JOIN "User" u ON u.id = o."ownerId"
          WHERE f.status = 'ANSWERED' AND r.status = 'SCHEDULED' AND f.domain::text = ANY(${a.vrbDomains}::text[])`,
        order: Prisma.sql`f."answeredAt"`,
      };
    case 'OPINION_TO_GIVE':
      return {
        select: Prisma.sql`${kind}::text AS kind, r.id::text || ':' || d.domain::text AS id, o.name AS title, s."nameKo" || ' · ' || d.domain::text AS subtitle,
               o.id AS "opportunityId", r.id AS "reviewId", NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", r."scheduledAt"::text AS at`,
        from: Prisma.sql`"VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId" JOIN "Opportunity" o ON o.id = r."opportunityId"
          JOIN "User" u ON u.id = o."ownerId" CROSS JOIN LATERAL unnest(s."requiredDomains") AS d(domain)
          WHERE r.status = 'SCHEDULED' AND d.domain::text = ANY(${a.vrbDomains}::text[])
            AND NOT EXISTS (SELECT 1 FROM "VrbOpinion" op WHERE op."reviewId" = r.id AND op.domain = d.domain)`,
        order: Prisma.sql`r."scheduledAt"`,
      };
    case 'VRB_TO_DECIDE':
      return {
        select: Prisma.sql`${kind}::text AS kind, r.id::text AS id, o.name AS title, s."nameKo" AS subtitle, o.id AS "opportunityId", r.id AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", r."scheduledAt"::text AS at`,
        from: Prisma.sql`"VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId" JOIN "Opportunity" o ON o.id = r."opportunityId"
          JOIN "User" u ON u.id = o."ownerId"
          WHERE r.status = 'SCHEDULED' AND r."scheduledAt" < ${w.bidUntil}`,
        order: Prisma.sql`r."scheduledAt"`,
      };
    case 'TIER_REVIEW_DECISIONS':
      // one row per undecided open deal of an open review the person decides in; per review an
      // ordered range of TierReviewItem_undecided_idx (currentTier, id) stopped at `limit` (LATERAL)
      return {
        select: Prisma.sql`${kind}::text AS kind, i.id::text AS id, i.name AS title, tr.title AS subtitle, i."opportunityId", tr.id AS "reviewId",
               NULL::uuid AS "postmortemId", i."ownerId", u.name AS "ownerName", tr."asOf"::text AS at`,
        from: Prisma.sql`"TierReview" tr CROSS JOIN LATERAL (
            SELECT i.id, i."currentTier", i."opportunityId", o.name, o."ownerId"
            FROM "TierReviewItem" i JOIN "Opportunity" o ON o.id = i."opportunityId"
            WHERE i."reviewId" = tr.id AND i.decision IS NULL AND i.outcome = 'OPEN' AND o.outcome = 'OPEN'
            ORDER BY i."currentTier", i.id LIMIT ${limit}) i
          JOIN "User" u ON u.id = i."ownerId"
          WHERE tr."closedAt" IS NULL AND (${a.firmWide}::boolean OR tr."teamId" = ${a.reviewTeamId}::uuid)`,
        order: Prisma.sql`tr."asOf", i."currentTier", i.id`,
      };
    case 'ACTION_ITEM_DUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, ai.id::text AS id, ai.title, o.name AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               p.id AS "postmortemId", ai."ownerId", NULL::text AS "ownerName", ai."dueDate"::text AS at`,
        from: Prisma.sql`"ActionItem" ai JOIN "Postmortem" p ON p.id = ai."postmortemId" JOIN "Opportunity" o ON o.id = p."opportunityId"
          WHERE ai."ownerId" = ${a.userId}::uuid AND ai."doneAt" IS NULL`,
        order: Prisma.sql`ai."dueDate" NULLS LAST`,
      };
    case 'RECEIVABLE_OVERDUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, m.id::text AS id, o.name AS title, m.kind::text || ' ' || m.amount::text AS subtitle, o.id AS "opportunityId",
               NULL::uuid AS "reviewId", NULL::uuid AS "postmortemId", o."ownerId", u.name AS "ownerName", m."dueDate"::text AS at`,
        from: Prisma.sql`"PaymentMilestone" m JOIN "Opportunity" o ON o.id = m."opportunityId" JOIN "User" u ON u.id = o."ownerId"
          WHERE m."collectedAt" IS NULL AND m."dueDate" < ${w.today}::date AND (${a.allReceivables}::boolean OR o."ownerId" = ANY(${owners}))`,
        order: Prisma.sql`m."dueDate"`,
      };
  }
}

/** The nav counts: one statement, each kind counted over at most COUNT_CAP rows. */
export async function workCounts(db: Db, kinds: readonly WorkKind[], a: WorkArgs): Promise<Partial<Record<WorkKind, number>>> {
  if (!kinds.length) return {};
  const parts = kinds.map((k) => {
    const f = fragment(k, a, COUNT_CAP);
    return Prisma.sql`SELECT ${k}::text AS kind, (SELECT count(*)::int FROM (SELECT 1 FROM ${f.from} LIMIT ${COUNT_CAP}) x) AS n`;
  });
  const rows = await db.$queryRaw<{ kind: WorkKind; n: number }[]>(Prisma.join(parts, ' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** The list: the `perKind` most urgent rows of each kind, one statement. */
export async function workRows(db: Db, kinds: readonly WorkKind[], a: WorkArgs, perKind: number): Promise<WorkRow[]> {
  if (!kinds.length) return [];
  const parts = kinds.map((k) => {
    const f = fragment(k, a, perKind);
    const version = k === 'FINDING_TO_ANSWER' ? Prisma.sql`f.version` : Prisma.sql`NULL::int`;
    return Prisma.sql`(SELECT ${f.select}, ${version} AS version FROM ${f.from} ORDER BY ${f.order} LIMIT ${perKind})`;
  });
  return db.$queryRaw<WorkRow[]>(Prisma.join(parts, ' UNION ALL '));
}

/** A manager's reports (User_managerId_idx). */
export async function reportIdsOf(db: Db, managerId: string): Promise<string[]> {
  const rows = await db.user.findMany({ where: { managerId, disabledAt: null }, select: { id: true } });
  return rows.map((r) => r.id);
}
