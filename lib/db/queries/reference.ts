import 'server-only';
import type { Db } from '@/lib/db/client';
import type { BusinessCategory, Reason, SalesRegion, VrbStage } from '@/lib/db/generated/client';
import type { ReferenceKind, Usage } from '@/lib/domain/reference';

// Reference data the pages offer in their pickers: close reasons, business categories, sales
// regions, competitors and people. Read-only, small, ordered for display.

const CLOSE_REASON_KINDS = ['WON', 'LOST', 'NO_BID', 'DROPPED'] as const;

/** Active reasons for closing a deal (Tier 0), by kind then the admin's order. */
export function listCloseReasons(db: Db) {
  return db.reason.findMany({
    where: { kind: { in: [...CLOSE_REASON_KINDS] }, active: true },
    select: { id: true, kind: true, labelKo: true, labelEn: true },
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }],
  });
}

export function listActiveCategories(db: Db) {
  return db.businessCategory.findMany({
    where: { active: true },
    select: { id: true, nameKo: true, nameEn: true },
    orderBy: { sortOrder: 'asc' },
  });
}

export function listActiveRegions(db: Db) {
  return db.salesRegion.findMany({
    where: { active: true },
    select: { id: true, nameKo: true, nameEn: true },
    orderBy: { sortOrder: 'asc' },
  });
}

export function listCompetitorOptions(db: Db, take?: number) {
  return db.competitor.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' }, ...(take ? { take } : {}) });
}

// ---------------------------------------------------------------------------------------------
// The admins' reference lists (Settings → 기준 정보; lib/server/commands/reference): reasons,
// business categories, sales regions and VRB stages. One repository for the four kinds: each
// kind's table, order column and list order in the table below, so create / update / delete /
// reorder are written once.

type ItemOf = { reasons: Reason; categories: BusinessCategory; regions: SalesRegion; 'vrb-stages': VrbStage };
export type ReferenceItem = ItemOf[ReferenceKind];

/** The calls this repository makes, the same on every kind's Prisma delegate. */
type ItemDelegate = {
  findUnique(args: { where: Record<string, unknown> }): Promise<ReferenceItem | null>;
  findMany(args: { where?: Record<string, unknown>; orderBy: unknown; select?: { id: true } }): Promise<ReferenceItem[]>;
  aggregate(args: { where: Record<string, unknown>; _max: Record<string, true> }): Promise<{ _max: Record<string, number | null> }>;
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: Record<string, unknown> }): Promise<unknown>;
  delete(args: { where: { id: string } }): Promise<unknown>;
};

const KINDS: Record<
  ReferenceKind,
  {
    table: 'Reason' | 'BusinessCategory' | 'SalesRegion' | 'VrbStage';
    of: (db: Db) => unknown;
    order: 'sortOrder' | 'order';
    listOrder: unknown;
  }
> = {
  reasons: {
    table: 'Reason',
    of: (db) => db.reason,
    order: 'sortOrder',
    listOrder: [{ kind: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
  },
  categories: {
    table: 'BusinessCategory',
    of: (db) => db.businessCategory,
    order: 'sortOrder',
    listOrder: [{ sortOrder: 'asc' }, { code: 'asc' }],
  },
  regions: {
    table: 'SalesRegion',
    of: (db) => db.salesRegion,
    order: 'sortOrder',
    listOrder: [{ scope: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
  },
  'vrb-stages': { table: 'VrbStage', of: (db) => db.vrbStage, order: 'order', listOrder: { order: 'asc' } },
};
const items = (db: Db, kind: ReferenceKind) => KINDS[kind].of(db) as ItemDelegate;

/** The entity (table) name of a kind: the audit rows' entityType. */
export const REFERENCE_ENTITY = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.table])) as Record<
  ReferenceKind,
  (typeof KINDS)[ReferenceKind]['table']
>;

/** Every item of a kind, in order (admins' list; active and inactive). */
export function listReferenceItems<K extends ReferenceKind>(db: Db, kind: K): Promise<ItemOf[K][]> {
  return items(db, kind).findMany({ orderBy: KINDS[kind].listOrder }) as Promise<ItemOf[K][]>;
}

export function findReferenceItem(db: Db, kind: ReferenceKind, id: string): Promise<ReferenceItem | null> {
  return items(db, kind).findUnique({ where: { id } });
}

/** One admin edit of a kind's list at a time (a reorder rewrites the whole list's order); until the transaction ends. */
export async function lockReferenceList(db: Db, kind: ReferenceKind): Promise<void> {
  await db.$executeRawUnsafe(`LOCK TABLE "${KINDS[kind].table}" IN SHARE ROW EXCLUSIVE MODE`);
}

/** Whether the code is taken in its list (a reason's code is unique within its kind of reason). */
export async function referenceCodeTaken(db: Db, kind: ReferenceKind, code: string, reasonKind?: string): Promise<boolean> {
  const where = kind === 'reasons' ? { kind_code: { kind: reasonKind, code } } : { code };
  return !!(await items(db, kind).findUnique({ where }));
}

/** Insert an item at the end of its list (a reason: of its kind's list); its id. */
export async function appendReferenceItem(db: Db, kind: ReferenceKind, data: Record<string, unknown>): Promise<string> {
  const order = KINDS[kind].order;
  const max = await items(db, kind).aggregate({ where: kind === 'reasons' ? { kind: data.kind } : {}, _max: { [order]: true } });
  return (await items(db, kind).create({ data: { ...data, [order]: (max._max[order] ?? 0) + 1 }, select: { id: true } })).id;
}

export async function writeReferenceItem(db: Db, kind: ReferenceKind, id: string, data: Record<string, unknown>): Promise<void> {
  await items(db, kind).update({ where: { id }, data });
}

export async function removeReferenceItem(db: Db, kind: ReferenceKind, id: string): Promise<void> {
  await items(db, kind).delete({ where: { id } });
}

/** Ids in their current order within the item's list (reasons: within their kind). */
export async function referenceOrder(db: Db, kind: ReferenceKind, item: { kind?: string }): Promise<string[]> {
  const order = KINDS[kind].order;
  const rows = await items(db, kind).findMany({
    where: kind === 'reasons' ? { kind: item.kind } : {},
    orderBy: order === 'order' ? { order: 'asc' } : [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Write a new order (1..n). VrbStage.order is unique: park every row at a negative order first. */
export async function writeReferenceOrder(db: Db, kind: ReferenceKind, ids: string[]): Promise<void> {
  if (kind === 'vrb-stages') {
    await db.$executeRaw`UPDATE "VrbStage" SET "order" = -"order" - 100000`;
    await db.$executeRaw`UPDATE "VrbStage" s SET "order" = o.pos FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE s.id = o.id`;
    return;
  }
  await db.$executeRawUnsafe(
    `UPDATE "${KINDS[kind].table}" t SET "sortOrder" = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE t.id = o.id`,
    ids,
  );
}

const EXAMPLES = 3;

/** The records that use an item: counts per referencing entity and a few names each. */
export async function referenceUsage(db: Db, kind: ReferenceKind, id: string): Promise<Usage[]> {
  switch (kind) {
    case 'reasons': {
      const [oppCount, opps, leadCount, leads] = await Promise.all([
        db.opportunityReason.count({ where: { reasonId: id } }),
        db.opportunityReason.findMany({ where: { reasonId: id }, take: EXAMPLES, select: { opportunity: { select: { name: true } } } }),
        db.lead.count({ where: { disqualifyReasonId: id } }),
        db.lead.findMany({ where: { disqualifyReasonId: id }, take: EXAMPLES, select: { company: true, name: true, email: true } }),
      ]);
      return [
        { entity: 'Opportunity', count: oppCount, examples: opps.map((o) => o.opportunity.name) },
        { entity: 'Lead', count: leadCount, examples: leads.map((l) => l.company ?? l.name ?? l.email ?? '—') },
      ];
    }
    case 'categories': {
      const [oppCount, opps, lessonCount, lessons] = await Promise.all([
        db.opportunity.count({ where: { businessCategoryId: id } }),
        db.opportunity.findMany({
          where: { businessCategoryId: id },
          take: EXAMPLES,
          select: { name: true },
          orderBy: { createdAt: 'desc' },
        }),
        db.lesson.count({ where: { businessCategoryId: id } }),
        db.lesson.findMany({ where: { businessCategoryId: id }, take: EXAMPLES, select: { title: true } }),
      ]);
      return [
        { entity: 'Opportunity', count: oppCount, examples: opps.map((o) => o.name) },
        { entity: 'Lesson', count: lessonCount, examples: lessons.map((l) => l.title) },
      ];
    }
    case 'regions': {
      const [count, opps] = await Promise.all([
        db.opportunity.count({ where: { salesRegionId: id } }),
        db.opportunity.findMany({ where: { salesRegionId: id }, take: EXAMPLES, select: { name: true }, orderBy: { createdAt: 'desc' } }),
      ]);
      return [{ entity: 'Opportunity', count, examples: opps.map((o) => o.name) }];
    }
    case 'vrb-stages': {
      const [count, reviews] = await Promise.all([
        db.vrbReview.count({ where: { stageId: id } }),
        db.vrbReview.findMany({
          where: { stageId: id },
          take: EXAMPLES,
          select: { opportunity: { select: { name: true } } },
          orderBy: { scheduledAt: 'desc' },
        }),
      ]);
      return [{ entity: 'VrbReview', count, examples: reviews.map((r) => r.opportunity.name) }];
    }
  }
}

/** Whether a sales region exists (an account's 지역 must name one). */
export async function salesRegionExists(db: Db, id: string): Promise<boolean> {
  return !!(await db.salesRegion.findUnique({ where: { id }, select: { id: true } }));
}
