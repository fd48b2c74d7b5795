import 'server-only';
import { escapeLike } from '@/lib/domain/search/normalize';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { ActivityIn, OutcomeCount, ReasonMonthCount, RootCauseValue, TierChangeIn, VrbDecisionIn } from '@/lib/domain/postmortems';

// Read-only postmortem queries (SPEC §5). Every list is one statement (joins and GROUP BY, no
// query per row); the record is one Prisma read plus the three timeline sources in parallel.

type Loc = 'ko' | 'en';

export type PendingRow = {
  opportunityId: string;
  name: string;
  accountName: string;
  outcome: 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  closedAt: Date;
  amount: string | null;
  postmortemId: string | null;
};

/**
 * Closed opportunities due a postmortem — SPEC §5: won, lost or dropped (declining to bid is a
 * decision reviewed at the VRB, not a result to learn from) — without a PUBLISHED postmortem —
 * none yet, or a draft. closedAt falls back to when the deal entered Tier 0. Oldest first, so
 * the most overdue are never cut off by the limit.
 */
export async function listPendingPostmortems(db: Db, opts: { limit?: number } = {}): Promise<{ rows: PendingRow[]; total: number }> {
  const limit = opts.limit ?? 200;
  const rows = await db.$queryRaw<(PendingRow & { total: number })[]>`
    SELECT o.id AS "opportunityId", o.name, a.name AS "accountName", o.outcome::text AS outcome,
           coalesce(o."closedAt", o."tierEnteredAt") AS "closedAt",
           coalesce(o."contractAmount", o.amount)::text AS amount,
           p.id AS "postmortemId", (count(*) OVER ())::int AS total
    FROM "Opportunity" o
    JOIN "Account" a ON a.id = o."accountId"
    LEFT JOIN "Postmortem" p ON p."opportunityId" = o.id
    WHERE o.outcome IN ('WON', 'LOST', 'DROPPED') AND (p.id IS NULL OR p.status = 'DRAFT')
    ORDER BY coalesce(o."closedAt", o."tierEnteredAt") ASC, o.id
    LIMIT ${limit}`;
  return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export type PostmortemListRow = {
  id: string;
  status: 'DRAFT' | 'PUBLISHED';
  opportunityId: string;
  opportunityName: string;
  accountName: string;
  outcome: string;
  closedAt: Date | null;
  heldAt: Date | null;
  updatedAt: Date;
  summary: string | null;
  rootCauses: string[];
  lessonCount: number;
  openActionCount: number;
};

/** Postmortems of one status, most recently updated first, with lesson / open action counts. */
export async function listPostmortems(db: Db, status: 'DRAFT' | 'PUBLISHED', opts: { limit?: number } = {}): Promise<PostmortemListRow[]> {
  return db.$queryRaw<PostmortemListRow[]>`
    SELECT p.id, p.status::text AS status, o.id AS "opportunityId", o.name AS "opportunityName", a.name AS "accountName",
           o.outcome::text AS outcome, coalesce(o."closedAt", o."tierEnteredAt") AS "closedAt", p."heldAt", p."updatedAt",
           p.summary, p."rootCauses"::text[] AS "rootCauses",
           (SELECT count(*)::int FROM "Lesson" l WHERE l."postmortemId" = p.id) AS "lessonCount",
           (SELECT count(*)::int FROM "ActionItem" ai WHERE ai."postmortemId" = p.id AND ai."doneAt" IS NULL) AS "openActionCount"
    FROM "Postmortem" p
    JOIN "Opportunity" o ON o.id = p."opportunityId"
    JOIN "Account" a ON a.id = o."accountId"
    WHERE p.status = ${status}::"PostmortemStatus"
    ORDER BY p."updatedAt" DESC, p.id
    LIMIT ${opts.limit ?? 100}`;
}

/** A postmortem's own fields, in the record page's read and the write commands' (postmortem-writes.ts). */
export const POSTMORTEM_FIELDS = {
  id: true,
  status: true,
  summary: true,
  whatHappened: true,
  whatWentWell: true,
  whatWentWrong: true,
  rootCauses: true,
  priceGapPct: true,
  heldAt: true,
  updatedAt: true,
} as const satisfies Prisma.PostmortemSelect;

/**
 * One postmortem with its opportunity, attendees, lessons and action items, plus the raw
 * timeline sources (tier changes, VRB decisions, activities of the opportunity). null when absent.
 * Deliberately selects no owner/"responsible" person of the deal: blameless by design.
 */
export async function getPostmortemRecord(db: Db, id: string, locale: Loc) {
  const pm = await db.postmortem.findUnique({
    where: { id },
    select: {
      ...POSTMORTEM_FIELDS,
      winningCompetitor: { select: { id: true, name: true } },
      opportunity: {
        select: {
          id: true,
          name: true,
          outcome: true,
          lastOpenTier: true,
          closedAt: true,
          tierEnteredAt: true,
          amount: true,
          contractAmount: true,
          lossType: true,
          closeNote: true,
          account: { select: { id: true, name: true } },
          businessCategory: { select: { nameKo: true, nameEn: true } },
          lostToCompetitor: { select: { id: true, name: true } },
          reasons: { select: { reason: { select: { id: true, kind: true, labelKo: true, labelEn: true } } } },
        },
      },
      attendees: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: 'asc' } } },
      lessons: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          body: true,
          category: true,
          account: { select: { id: true, name: true } },
          competitor: { select: { id: true, name: true } },
          businessCategory: { select: { nameKo: true, nameEn: true } },
        },
      },
      actionItems: {
        orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        select: { id: true, title: true, dueDate: true, doneAt: true, doneNote: true, owner: { select: { id: true, name: true } } },
      },
      amendments: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!pm) return null;
  const oppId = pm.opportunity.id;
  const [tier, vrb, activities] = await Promise.all([
    db.tierChange.findMany({
      where: { opportunityId: oppId },
      orderBy: { changedAt: 'asc' },
      select: { id: true, changedAt: true, fromTier: true, toTier: true, toOutcome: true, reason: true },
    }),
    db.vrbDecision.findMany({
      where: { review: { opportunityId: oppId } },
      orderBy: { decidedAt: 'asc' },
      select: {
        id: true,
        decidedAt: true,
        decision: true,
        reason: true,
        review: { select: { stage: { select: { nameKo: true, nameEn: true } } } },
      },
    }),
    db.activity.findMany({
      where: { opportunityId: oppId },
      orderBy: { occurredAt: 'asc' },
      take: 500,
      select: { id: true, occurredAt: true, type: true, subject: true },
    }),
  ]);
  return {
    ...pm,
    timeline: {
      tier: tier.map((t): TierChangeIn => ({
        id: t.id,
        at: t.changedAt,
        fromTier: t.fromTier,
        toTier: t.toTier,
        toOutcome: t.toOutcome,
        reason: t.reason,
      })),
      vrb: vrb.map((v): VrbDecisionIn => ({
        id: v.id,
        at: v.decidedAt,
        decision: v.decision,
        reason: v.reason,
        stageName: locale === 'en' ? v.review.stage.nameEn : v.review.stage.nameKo,
      })),
      activities: activities.map((a): ActivityIn => ({ id: a.id, at: a.occurredAt, type: a.type, subject: a.subject })),
    },
  };
}
export type PostmortemRecord = NonNullable<Awaited<ReturnType<typeof getPostmortemRecord>>>;

// ---------------------------------------------------------------------------------------------
// Lessons library

export { ROOT_CAUSES, type RootCauseValue } from '@/lib/domain/postmortems';

export type LessonRow = {
  id: string;
  title: string;
  body: string;
  category: RootCauseValue;
  createdAt: Date;
  accountId: string | null;
  accountName: string | null;
  competitorId: string | null;
  competitorName: string | null;
  businessCategory: string | null;
  postmortemId: string | null;
  opportunityName: string | null;
  /** createdAt in microseconds since the epoch (full precision, unlike a JS Date), for the keyset cursor */
  cursorAt: string;
};

/**
 * Lessons of PUBLISHED postmortems only (a draft's lessons stay private to its writers), newest first (createdAt, id — a keyset: pass the last row's pair as `after` for the
 * next page), filtered by root-cause category, customer and competitor, searched by a
 * case-insensitive substring of title + body. ILIKE works the same for Korean and English (no
 * stemming or word splitting needed for 한글). The expression `title || ' ' || body` is what the
 * trigram GIN index "Lesson_search_trgm_idx" covers, so a query of 3+ characters is an index
 * lookup (bitmap scan + recheck) instead of a table scan; "Lesson_createdAt_id_idx" serves the
 * unfiltered newest-first pages.
 */
export async function searchLessons(
  db: Db,
  opts: {
    q?: string;
    category?: RootCauseValue;
    accountId?: string;
    competitorId?: string;
    limit?: number;
    /** keyset: rows strictly after this (cursorAt, id) */ after?: { at: string; id: string };
  },
  locale: Loc,
): Promise<LessonRow[]> {
  const q = opts.q?.trim() || null;
  // escape LIKE wildcards so "100%" searches for the text "100%"
  const pattern = q ? `%${escapeLike(q)}%` : null;
  return db.$queryRaw<LessonRow[]>`
    SELECT l.id, l.title, l.body, l.category::text AS category, l."createdAt", (extract(epoch FROM l."createdAt") * 1000000)::bigint::text AS "cursorAt",
           l."accountId", a.name AS "accountName", l."competitorId", c.name AS "competitorName",
           CASE WHEN ${locale} = 'en' THEN bc."nameEn" ELSE bc."nameKo" END AS "businessCategory",
           l."postmortemId", o.name AS "opportunityName"
    FROM "Lesson" l
    LEFT JOIN "Account" a ON a.id = l."accountId"
    LEFT JOIN "Competitor" c ON c.id = l."competitorId"
    LEFT JOIN "BusinessCategory" bc ON bc.id = l."businessCategoryId"
    JOIN "Postmortem" p ON p.id = l."postmortemId"
    LEFT JOIN "Opportunity" o ON o.id = p."opportunityId"
    WHERE p.status = 'PUBLISHED'
      AND (${pattern}::text IS NULL OR (l.title || ' ' || l.body) ILIKE ${pattern})
      AND (${opts.after?.at ?? null}::bigint IS NULL OR (l."createdAt", l.id) < ('epoch'::timestamptz + ${opts.after?.at ?? null}::bigint * interval '1 microsecond', ${opts.after?.id ?? null}::uuid))
      AND (${opts.category ?? null}::text IS NULL OR l.category::text = ${opts.category ?? null})
      AND (${opts.accountId ?? null}::uuid IS NULL OR l."accountId" = ${opts.accountId ?? null}::uuid)
      AND (${opts.competitorId ?? null}::uuid IS NULL OR l."competitorId" = ${opts.competitorId ?? null}::uuid)
    ORDER BY l."createdAt" DESC, l.id DESC
    LIMIT ${opts.limit ?? 100}`;
}

/** The customers and competitors that have at least one published lesson (the library's filter choices). */
export async function lessonFilterOptions(db: Db) {
  const [accounts, competitors] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT a.id, a.name FROM "Account" a
      WHERE EXISTS (SELECT 1 FROM "Lesson" l JOIN "Postmortem" p ON p.id = l."postmortemId" AND p.status = 'PUBLISHED' WHERE l."accountId" = a.id)
      ORDER BY a.name`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT c.id, c.name FROM "Competitor" c
      WHERE EXISTS (SELECT 1 FROM "Lesson" l JOIN "Postmortem" p ON p.id = l."postmortemId" AND p.status = 'PUBLISHED' WHERE l."competitorId" = c.id)
      ORDER BY c.name`,
  ]);
  return { accounts, competitors };
}

// ---------------------------------------------------------------------------------------------
// Win-loss analytics: counts by (key, outcome) per dimension; lib/domain/postmortems folds them
// into win rates. Deals closed at or after `since` (closedAt, else when they entered Tier 0).

export type WinLossCounts = { category: OutcomeCount[]; region: OutcomeCount[]; competitor: OutcomeCount[]; entryTier: OutcomeCount[] };

export async function winLossCounts(db: Db, since: Date, locale: Loc): Promise<WinLossCounts> {
  const en = locale === 'en';
  const [category, region, competitor, entryTier] = await Promise.all([
    db.$queryRaw<OutcomeCount[]>`
      SELECT coalesce(bc.id::text, '-') AS key,
             coalesce(CASE WHEN ${en} THEN bc."nameEn" ELSE bc."nameKo" END, '') AS label,
             o.outcome::text AS outcome, count(*)::int AS count
      FROM "Opportunity" o LEFT JOIN "BusinessCategory" bc ON bc.id = o."businessCategoryId"
      WHERE o.outcome <> 'OPEN' AND coalesce(o."closedAt", o."tierEnteredAt") >= ${since}
      GROUP BY 1, 2, 3`,
    db.$queryRaw<OutcomeCount[]>`
      SELECT coalesce(sr.id::text, 'scope:' || o."regionScope"::text) AS key,
             coalesce(CASE WHEN ${en} THEN sr."nameEn" ELSE sr."nameKo" END, '') AS label,
             o.outcome::text AS outcome, count(*)::int AS count
      FROM "Opportunity" o LEFT JOIN "SalesRegion" sr ON sr.id = o."salesRegionId"
      WHERE o.outcome <> 'OPEN' AND coalesce(o."closedAt", o."tierEnteredAt") >= ${since}
      GROUP BY 1, 2, 3`,
    // a deal counts for every competitor it faced (listed, or the one it was lost to)
    db.$queryRaw<OutcomeCount[]>`
      WITH faced AS (
        SELECT oc."opportunityId" AS opp, oc."competitorId" AS comp FROM "OpportunityCompetitor" oc
        UNION
        SELECT o.id, o."lostToCompetitorId" FROM "Opportunity" o WHERE o."lostToCompetitorId" IS NOT NULL
      )
      SELECT c.id::text AS key, c.name AS label, o.outcome::text AS outcome, count(*)::int AS count
      FROM faced f JOIN "Opportunity" o ON o.id = f.opp JOIN "Competitor" c ON c.id = f.comp
      WHERE o.outcome <> 'OPEN' AND coalesce(o."closedAt", o."tierEnteredAt") >= ${since}
      GROUP BY 1, 2, 3`,
    // tier of entry: the toTier of the opportunity's first TierChange (its creation row)
    db.$queryRaw<OutcomeCount[]>`
      SELECT coalesce(first.tier::text, '-') AS key, coalesce(first.tier::text, '') AS label,
             o.outcome::text AS outcome, count(*)::int AS count
      FROM "Opportunity" o
      LEFT JOIN LATERAL (
        SELECT tc."toTier" AS tier FROM "TierChange" tc WHERE tc."opportunityId" = o.id ORDER BY tc."changedAt", tc.id LIMIT 1
      ) first ON true
      WHERE o.outcome <> 'OPEN' AND coalesce(o."closedAt", o."tierEnteredAt") >= ${since}
      GROUP BY 1, 2, 3`,
  ]);
  return { category, region, competitor, entryTier };
}

/** Lost deals' loss reasons counted per Korean calendar month of closing. */
export async function lossReasonsByMonth(db: Db, since: Date, locale: Loc): Promise<ReasonMonthCount[]> {
  return db.$queryRaw<ReasonMonthCount[]>`
    SELECT to_char(coalesce(o."closedAt", o."tierEnteredAt") AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') AS month,
           r.id::text AS "reasonId", CASE WHEN ${locale} = 'en' THEN r."labelEn" ELSE r."labelKo" END AS label,
           count(*)::int AS count
    FROM "Opportunity" o
    JOIN "OpportunityReason" orr ON orr."opportunityId" = o.id
    JOIN "Reason" r ON r.id = orr."reasonId"
    WHERE o.outcome = 'LOST' AND r.kind = 'LOST' AND coalesce(o."closedAt", o."tierEnteredAt") >= ${since}
    GROUP BY 1, 2, 3`;
}

/** Whether a closed deal still owes its postmortem (won, lost or dropped, none published yet), with when it closed. */
export async function postmortemOwed(db: Db, opportunityId: string): Promise<{ closedAt: Date } | null> {
  const rows = await db.$queryRaw<{ closedAt: Date }[]>`
    SELECT coalesce(o."closedAt", o."tierEnteredAt") AS "closedAt"
    FROM "Opportunity" o LEFT JOIN "Postmortem" p ON p."opportunityId" = o.id
    WHERE o.id = ${opportunityId}::uuid AND o.outcome IN ('WON', 'LOST', 'DROPPED') AND (p.id IS NULL OR p.status = 'DRAFT')`;
  return rows[0] ?? null;
}
