import 'server-only';
import type { Db } from '@/lib/db/client';
import { readQuery } from '@/lib/db/pg';
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

/**
 * One kind of work as SQL: `from` + `where` is what is counted (no User join: a count needs no
 * names), `owner` the owner id expression the list's rows join "User" on for the name (null: no
 * owner name), `order` the list's order (most urgent first).
 */
type Fragment = {
  select: Prisma.Sql;
  from: Prisma.Sql;
  where: Prisma.Sql;
  owner: Prisma.Sql | null;
  order: Prisma.Sql;
  /** FROM … WHERE … to count instead of `from` + `where` (the keys alone, when rows need a second read) */
  count?: Prisma.Sql;
};

const ids = (a: string[]) => Prisma.sql`${a}::uuid[]`;
const TRUE = Prisma.sql`TRUE`;

/**
 * The caller's deals of one kind, owner by owner: for each owner an ordered range of a partial
 * index stopped at `limit` entries (LATERAL), so a manager of 20 reps reads at most 21 × limit
 * index entries instead of bitmap-scanning and sorting the whole team's range (EXPLAIN at 100k
 * deals: 8,000 closed deals read and sorted for 20 rows, 99 ms → under 2 ms).
 */
const perOwner = (owners: Prisma.Sql, where: Prisma.Sql, order: Prisma.Sql, limit: number) =>
  Prisma.sql`unnest(${owners}) AS ow(id) CROSS JOIN LATERAL (
      SELECT o.id, o.name, o."ownerId", o.outcome, o."closedAt", o."nextStep", o."nextStepDueDate", o."bidNoticeNo", o."bidDeadline"
      FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} ORDER BY ${order} LIMIT ${limit}) o`;

/** Count the per-owner index ranges themselves (index-only), each stopped at `limit`. */
const perOwnerCount = (owners: Prisma.Sql, where: Prisma.Sql, limit: number) =>
  Prisma.sql`unnest(${owners}) AS ow(id) CROSS JOIN LATERAL (
      SELECT 1 FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} LIMIT ${limit}) k WHERE TRUE`;

/**
 * The same per-owner ranges read index-only (the index's key ends in the deal's id): the `limit`
 * most urgent (date, id) keys of the whole team first, then only those deals' rows by primary key.
 * The first form let the planner bitmap-scan the owner's whole range and sort it (EXPLAIN at 100k:
 * 1,633 heap blocks for 20 overdue next steps; the week's bid deadlines of the whole firm filtered
 * by owner, 21 times); this one reads ≤ 21 × limit index entries and `limit` rows.
 */
const perOwnerKeys = (owners: Prisma.Sql, where: Prisma.Sql, date: Prisma.Sql, limit: number) =>
  Prisma.sql`(SELECT k.id FROM unnest(${owners}) AS ow(id) CROSS JOIN LATERAL (
      SELECT o.id, o.${date} AS d FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} ORDER BY o.${date}, o.id LIMIT ${limit}) k
      ORDER BY k.d, k.id LIMIT ${limit}) k JOIN "Opportunity" o ON o.id = k.id`;

function fragment(kind: WorkKind, a: WorkArgs, limit: number): Fragment {
  const { w } = a;
  const owners = ids(a.ownerIds);
  const opp = (title: Prisma.Sql, sub: Prisma.Sql, at: Prisma.Sql) =>
    Prisma.sql`${kind}::text AS kind, o.id::text AS id, ${title} AS title, ${sub} AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", ${at} AS at`;
  const owner = Prisma.sql`o."ownerId"`;
  // a finding of a scheduled review, dated by `at`: OPEN ones for the rep side to answer, ANSWERED ones to verify
  const finding = (at: Prisma.Sql, where: Prisma.Sql): Fragment => ({
    select: Prisma.sql`${kind}::text AS kind, f.id::text AS id, f.issue AS title, o.name AS subtitle, o.id AS "opportunityId", r.id AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", ${at}::text AS at`,
    from: Prisma.sql`"VrbFinding" f JOIN "VrbReview" r ON r.id = f."reviewId" JOIN "Opportunity" o ON o.id = r."opportunityId"`,
    where: Prisma.sql`${where} AND r.status = 'SCHEDULED'`,
    owner,
    order: at,
  });
  switch (kind) {
    case 'STALLED': {
      // per owner and tier an ordered range of Opportunity_open_owner_stall_idx (ownerId, tier,
      // tierEnteredAt), index-only (the snooze columns are INCLUDEd): the same plan whatever the
      // cutoffs and the team's size (it was ownerId = ANY(…) with the tiers' cutoffs ORed, whose
      // plan depended on the estimates — a parallel scan of the firm's open deals in time order)
      const st = Prisma.sql`(VALUES (4, ${w.stallCutoff.tier4}::timestamptz), (3, ${w.stallCutoff.tier3}::timestamptz),
          (2, ${w.stallCutoff.tier2}::timestamptz), (1, ${w.stallCutoff.tier1}::timestamptz)) AS st(tier, cutoff)`;
      const where = Prisma.sql`o.outcome = 'OPEN' AND o.tier = st.tier AND o."tierEnteredAt" <= st.cutoff
            AND NOT (o."stallSnoozedAt" IS NOT NULL AND o."stallSnoozedAt" >= o."tierEnteredAt" AND o."stallSnoozedUntil" >= ${w.today}::date)`;
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`'T' || o.tier::text`, Prisma.sql`o."tierEnteredAt"::text`),
        from: Prisma.sql`(SELECT k.id FROM unnest(${owners}) AS ow(id) CROSS JOIN ${st} CROSS JOIN LATERAL (
            SELECT o.id, o."tierEnteredAt" AS d FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} ORDER BY o."tierEnteredAt" LIMIT ${limit}) k
            ORDER BY k.d, k.id LIMIT ${limit}) k JOIN "Opportunity" o ON o.id = k.id`,
        where: TRUE,
        count: Prisma.sql`unnest(${owners}) AS ow(id) CROSS JOIN ${st} CROSS JOIN LATERAL (
            SELECT 1 FROM "Opportunity" o WHERE o."ownerId" = ow.id AND ${where} LIMIT ${limit}) k WHERE TRUE`,
        owner,
        order: Prisma.sql`o."tierEnteredAt", o.id`,
      };
    }
    case 'NEXT_STEP_OVERDUE': {
      const where = Prisma.sql`o.outcome = 'OPEN' AND o."nextStepDueDate" IS NOT NULL AND o."nextStepDueDate" < ${w.today}::date`;
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`o."nextStep"`, Prisma.sql`o."nextStepDueDate"::text`),
        from: perOwnerKeys(owners, where, Prisma.sql`"nextStepDueDate"`, limit),
        where: TRUE,
        count: perOwnerCount(owners, where, limit),
        owner,
        order: Prisma.sql`o."nextStepDueDate", o.id`,
      };
    }
    case 'BID_DEADLINE': {
      const where = Prisma.sql`o.outcome = 'OPEN' AND o."bidDeadline" IS NOT NULL AND o."bidDeadline" >= ${a.now} AND o."bidDeadline" < ${w.bidUntil}`;
      return {
        select: opp(Prisma.sql`o.name`, Prisma.sql`o."bidNoticeNo"`, Prisma.sql`o."bidDeadline"::text`),
        from: perOwnerKeys(owners, where, Prisma.sql`"bidDeadline"`, limit),
        where: TRUE,
        count: perOwnerCount(owners, where, limit),
        owner,
        order: Prisma.sql`o."bidDeadline", o.id`,
      };
    }
    case 'POSTMORTEM_DUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, o.id::text AS id, o.name AS title, o.outcome::text AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               p.id AS "postmortemId", o."ownerId", (o."closedAt" + make_interval(days => ${w.postmortemDueDays}::int))::text AS at`,
        // the per-owner range skips published postmortems itself (so its LIMIT counts only owed ones)
        from: Prisma.sql`${perOwner(
          owners,
          Prisma.sql`o.outcome IN ('WON', 'LOST', 'DROPPED') AND o."closedAt" >= ${w.postmortemSince}
            AND NOT EXISTS (SELECT 1 FROM "Postmortem" pp WHERE pp."opportunityId" = o.id AND pp.status <> 'DRAFT')`,
          Prisma.sql`o."closedAt"`,
          limit,
        )} LEFT JOIN "Postmortem" p ON p."opportunityId" = o.id`,
        where: TRUE,
        owner,
        order: Prisma.sql`o."closedAt"`,
      };
    case 'FINDING_TO_ANSWER':
      return finding(Prisma.sql`f."createdAt"`, Prisma.sql`f.status = 'OPEN' AND o."ownerId" = ANY(${owners})`);
    case 'FINDING_TO_VERIFY':
      return finding(Prisma.sql`f."answeredAt"`, Prisma.sql`f.status = 'ANSWERED' AND f.domain::text = ANY(${a.vrbDomains}::text[])`);
    case 'OPINION_TO_GIVE':
      return {
        select: Prisma.sql`${kind}::text AS kind, r.id::text || ':' || d.domain::text AS id, o.name AS title, s."nameKo" || ' · ' || d.domain::text AS subtitle,
               o.id AS "opportunityId", r.id AS "reviewId", NULL::uuid AS "postmortemId", o."ownerId", r."scheduledAt"::text AS at`,
        from: Prisma.sql`"VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId" JOIN "Opportunity" o ON o.id = r."opportunityId"
          CROSS JOIN LATERAL unnest(s."requiredDomains") AS d(domain)`,
        where: Prisma.sql`r.status = 'SCHEDULED' AND d.domain::text = ANY(${a.vrbDomains}::text[])
            AND NOT EXISTS (SELECT 1 FROM "VrbOpinion" op WHERE op."reviewId" = r.id AND op.domain = d.domain)`,
        owner,
        order: Prisma.sql`r."scheduledAt"`,
      };
    case 'VRB_TO_DECIDE':
      return {
        select: Prisma.sql`${kind}::text AS kind, r.id::text AS id, o.name AS title, s."nameKo" AS subtitle, o.id AS "opportunityId", r.id AS "reviewId",
               NULL::uuid AS "postmortemId", o."ownerId", r."scheduledAt"::text AS at`,
        from: Prisma.sql`"VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId" JOIN "Opportunity" o ON o.id = r."opportunityId"`,
        where: Prisma.sql`r.status = 'SCHEDULED' AND r."scheduledAt" < ${w.bidUntil}`,
        owner,
        order: Prisma.sql`r."scheduledAt"`,
      };
    case 'TIER_REVIEW_DECISIONS':
      // one row per undecided open deal of an open review the person decides in; per review an
      // ordered range of TierReviewItem_undecided_idx (currentTier, id) stopped at `limit` (LATERAL)
      return {
        select: Prisma.sql`${kind}::text AS kind, i.id::text AS id, i.name AS title, tr.title AS subtitle, i."opportunityId", tr.id AS "reviewId",
               NULL::uuid AS "postmortemId", i."ownerId", tr."asOf"::text AS at`,
        from: Prisma.sql`"TierReview" tr CROSS JOIN LATERAL (
            SELECT i.id, i."currentTier", i."opportunityId", o.name, o."ownerId"
            FROM "TierReviewItem" i JOIN "Opportunity" o ON o.id = i."opportunityId"
            WHERE i."reviewId" = tr.id AND i.decision IS NULL AND i.outcome = 'OPEN' AND o.outcome = 'OPEN'
            ORDER BY i."currentTier", i.id LIMIT ${limit}) i`,
        where: Prisma.sql`tr."closedAt" IS NULL AND (${a.firmWide}::boolean OR tr."teamId" = ${a.reviewTeamId}::uuid)`,
        owner: Prisma.sql`i."ownerId"`,
        order: Prisma.sql`tr."asOf", i."currentTier", i.id`,
      };
    case 'ACTION_ITEM_DUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, ai.id::text AS id, ai.title, o.name AS subtitle, o.id AS "opportunityId", NULL::uuid AS "reviewId",
               p.id AS "postmortemId", ai."ownerId", ai."dueDate"::text AS at`,
        from: Prisma.sql`"ActionItem" ai JOIN "Postmortem" p ON p.id = ai."postmortemId" JOIN "Opportunity" o ON o.id = p."opportunityId"`,
        where: Prisma.sql`ai."ownerId" = ${a.userId}::uuid AND ai."doneAt" IS NULL`,
        owner: null,
        order: Prisma.sql`ai."dueDate" NULLS LAST`,
      };
    case 'RECEIVABLE_OVERDUE':
      return {
        select: Prisma.sql`${kind}::text AS kind, m.id::text AS id, o.name AS title, m.kind::text || ' ' || m.amount::text AS subtitle, o.id AS "opportunityId",
               NULL::uuid AS "reviewId", NULL::uuid AS "postmortemId", o."ownerId", m."dueDate"::text AS at`,
        from: Prisma.sql`"PaymentMilestone" m JOIN "Opportunity" o ON o.id = m."opportunityId"`,
        where: Prisma.sql`m."collectedAt" IS NULL AND m."dueDate" < ${w.today}::date AND (${a.allReceivables}::boolean OR o."ownerId" = ANY(${owners}))`,
        owner,
        order: Prisma.sql`m."dueDate"`,
      };
  }
}

/** One kind's capped count: at most COUNT_CAP rows read (the badge shows 99+). */
const countOf = (k: WorkKind, a: WorkArgs) => {
  const f = fragment(k, a, COUNT_CAP);
  return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${f.count ?? Prisma.sql`${f.from} WHERE ${f.where}`} LIMIT ${COUNT_CAP}) x)`;
};

/** One kind's `perKind` most urgent rows, with the owner's name (and a finding's version). */
const rowsOf = (k: WorkKind, a: WorkArgs, perKind: number) => {
  const f = fragment(k, a, perKind);
  const version = k === 'FINDING_TO_ANSWER' ? Prisma.sql`f.version` : Prisma.sql`NULL::int`;
  const name = f.owner ? Prisma.sql`u.name` : Prisma.sql`NULL::text`;
  const join = f.owner ? Prisma.sql`JOIN "User" u ON u.id = ${f.owner}` : Prisma.empty;
  return Prisma.sql`(SELECT ${f.select}, ${name} AS "ownerName", ${version} AS version, NULL::int AS n
    FROM ${f.from} ${join} WHERE ${f.where} ORDER BY ${f.order} LIMIT ${perKind})`;
};

/** The nav counts: one statement, each kind counted over at most COUNT_CAP rows. */
export async function workCounts(db: Db, kinds: readonly WorkKind[], a: WorkArgs): Promise<Partial<Record<WorkKind, number>>> {
  if (!kinds.length) return {};
  const parts = kinds.map((k) => Prisma.sql`SELECT ${k}::text AS kind, ${countOf(k, a)} AS n`);
  const rows = await readQuery<{ kind: WorkKind; n: number }>(db, Prisma.join(parts, ' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/**
 * The nav badge: the number of work items over all kinds, capped at COUNT_CAP, in one statement
 * that stops at the COUNT_CAP-th row (the branches run in turn until then: a manager whose stalled
 * deals alone fill the badge reads 100 index entries). Equals totalCount(workCounts(...)): any
 * count reaching the cap makes both the cap, else both are the sum.
 */
export async function workTotal(db: Db, kinds: readonly WorkKind[], a: WorkArgs): Promise<number> {
  if (!kinds.length) return 0;
  const parts = kinds.map((k) => {
    const f = fragment(k, a, COUNT_CAP);
    return Prisma.sql`SELECT 1 FROM ${f.count ?? Prisma.sql`${f.from} WHERE ${f.where}`}`;
  });
  const rows = await readQuery<{ n: number }>(
    db,
    Prisma.sql`SELECT count(*)::int AS n FROM (${Prisma.join(parts, ' UNION ALL ')} LIMIT ${COUNT_CAP}) x`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * The list: per kind its capped count and its `perKind` most urgent rows — ONE statement (a count
 * row per kind, n set, then the rows, n null), so the page costs one round trip and one plan.
 */
export async function workList(
  db: Db,
  kinds: readonly WorkKind[],
  a: WorkArgs,
  perKind: number,
): Promise<{ counts: Partial<Record<WorkKind, number>>; rows: WorkRow[] }> {
  if (!kinds.length) return { counts: {}, rows: [] };
  const counts = kinds.map(
    (
      k,
    ) => Prisma.sql`SELECT ${k}::text AS kind, NULL::text AS id, NULL::text AS title, NULL::text AS subtitle, NULL::uuid AS "opportunityId",
      NULL::uuid AS "reviewId", NULL::uuid AS "postmortemId", NULL::uuid AS "ownerId", NULL::text AS at, NULL::text AS "ownerName",
      NULL::int AS version, ${countOf(k, a)} AS n`,
  );
  const all = await readQuery<WorkRow & { n: number | null }>(
    db,
    Prisma.join([...counts, ...kinds.map((k) => rowsOf(k, a, perKind))], ' UNION ALL '),
  );
  const out: { counts: Partial<Record<WorkKind, number>>; rows: WorkRow[] } = { counts: {}, rows: [] };
  for (const { n, ...r } of all) {
    if (n !== null) out.counts[r.kind] = n;
    else out.rows.push(r);
  }
  return out;
}

export type WorkContext = {
  /** a manager's reports (empty unless asked for) */
  reportIds: string[];
  /** the stored settings the windows are read with (null: not stored; parsed by the caller) */
  stallThresholds: unknown;
  postmortemDueDays: unknown;
  /** the bell's unread count, capped */
  unread: number;
};

/**
 * What a work list is read with, in ONE statement (it was four round trips, three of them Prisma
 * model queries): a manager's reports (User_managerId_idx), the two settings its windows come
 * from, and the caller's unread notifications (index-only on Notification_unread_idx, capped).
 */
export async function workContext(db: Db, userId: string, opts: { team: boolean; unreadCap?: number }): Promise<WorkContext> {
  const rows = await readQuery<WorkContext>(
    db,
    Prisma.sql`
    SELECT CASE WHEN ${opts.team}::boolean
                THEN COALESCE((SELECT array_agg(u.id::text) FROM "User" u WHERE u."managerId" = ${userId}::uuid AND u."disabledAt" IS NULL), '{}')
                ELSE '{}'::text[] END AS "reportIds",
           (SELECT s.value FROM "Setting" s WHERE s.key = 'stallThresholds') AS "stallThresholds",
           (SELECT s.value FROM "Setting" s WHERE s.key = 'postmortemDueDays') AS "postmortemDueDays",
           (SELECT count(*)::int FROM (SELECT 1 FROM "Notification" nt WHERE nt."userId" = ${userId}::uuid AND nt."readAt" IS NULL
              LIMIT ${opts.unreadCap ?? COUNT_CAP}) x) AS unread`,
  );
  return rows[0]!;
}
