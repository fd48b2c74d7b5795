import 'server-only';
import type { Db } from '@/lib/db/client';
import type { ReferenceKind, Usage } from '@/lib/domain/reference';

// Per-kind access for reference data: which table, its order column, and who uses an item.
// Shared by the create / update / delete commands of this folder.

export const ENTITY_OF: Record<ReferenceKind, string> = {
  reasons: 'Reason',
  categories: 'BusinessCategory',
  regions: 'SalesRegion',
  'vrb-stages': 'VrbStage',
};

const EXAMPLES = 3;

/** The records that use an item: counts per referencing entity and a few names each. */
export async function usageOf(tx: Db, kind: ReferenceKind, id: string): Promise<Usage[]> {
  switch (kind) {
    case 'reasons': {
      const [oppCount, opps, leadCount, leads] = await Promise.all([
        tx.opportunityReason.count({ where: { reasonId: id } }),
        tx.opportunityReason.findMany({ where: { reasonId: id }, take: EXAMPLES, select: { opportunity: { select: { name: true } } } }),
        tx.lead.count({ where: { disqualifyReasonId: id } }),
        tx.lead.findMany({ where: { disqualifyReasonId: id }, take: EXAMPLES, select: { company: true, name: true, email: true } }),
      ]);
      return [
        { entity: 'Opportunity', count: oppCount, examples: opps.map((o) => o.opportunity.name) },
        { entity: 'Lead', count: leadCount, examples: leads.map((l) => l.company ?? l.name ?? l.email ?? '—') },
      ];
    }
    case 'categories': {
      const [oppCount, opps, lessonCount, lessons] = await Promise.all([
        tx.opportunity.count({ where: { businessCategoryId: id } }),
        tx.opportunity.findMany({
          where: { businessCategoryId: id },
          take: EXAMPLES,
          select: { name: true },
          orderBy: { createdAt: 'desc' },
        }),
        tx.lesson.count({ where: { businessCategoryId: id } }),
        tx.lesson.findMany({ where: { businessCategoryId: id }, take: EXAMPLES, select: { title: true } }),
      ]);
      return [
        { entity: 'Opportunity', count: oppCount, examples: opps.map((o) => o.name) },
        { entity: 'Lesson', count: lessonCount, examples: lessons.map((l) => l.title) },
      ];
    }
    case 'regions': {
      const [count, opps] = await Promise.all([
        tx.opportunity.count({ where: { salesRegionId: id } }),
        tx.opportunity.findMany({ where: { salesRegionId: id }, take: EXAMPLES, select: { name: true }, orderBy: { createdAt: 'desc' } }),
      ]);
      return [{ entity: 'Opportunity', count, examples: opps.map((o) => o.name) }];
    }
    case 'vrb-stages': {
      const [count, reviews] = await Promise.all([
        tx.vrbReview.count({ where: { stageId: id } }),
        tx.vrbReview.findMany({
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

/** Every item of a kind, in order (admins' list; active and inactive). */
export async function listReference(tx: Db, kind: ReferenceKind) {
  switch (kind) {
    case 'reasons':
      return tx.reason.findMany({ orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }] });
    case 'categories':
      return tx.businessCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
    case 'regions':
      return tx.salesRegion.findMany({ orderBy: [{ scope: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }] });
    case 'vrb-stages':
      return tx.vrbStage.findMany({ orderBy: { order: 'asc' } });
  }
}

export async function findItem(tx: Db, kind: ReferenceKind, id: string) {
  switch (kind) {
    case 'reasons':
      return tx.reason.findUnique({ where: { id } });
    case 'categories':
      return tx.businessCategory.findUnique({ where: { id } });
    case 'regions':
      return tx.salesRegion.findUnique({ where: { id } });
    case 'vrb-stages':
      return tx.vrbStage.findUnique({ where: { id } });
  }
}

/** Ids in their current order within the item's list (reasons: within their kind). */
export async function orderedIds(tx: Db, kind: ReferenceKind, item: { kind?: string; scope?: string }) {
  switch (kind) {
    case 'reasons':
      return (
        await tx.reason.findMany({
          where: { kind: item.kind as never },
          orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
          select: { id: true },
        })
      ).map((r) => r.id);
    case 'categories':
      return (await tx.businessCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true } })).map(
        (r) => r.id,
      );
    case 'regions':
      return (await tx.salesRegion.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { id: true } })).map((r) => r.id);
    case 'vrb-stages':
      return (await tx.vrbStage.findMany({ orderBy: { order: 'asc' }, select: { id: true } })).map((r) => r.id);
  }
}

/** Write a new order (1..n). VrbStage.order is unique: park every row at a negative order first. */
export async function writeOrder(tx: Db, kind: ReferenceKind, ids: string[]) {
  if (kind === 'vrb-stages') {
    await tx.$executeRaw`UPDATE "VrbStage" SET "order" = -"order" - 100000`;
    await tx.$executeRaw`UPDATE "VrbStage" s SET "order" = o.pos FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE s.id = o.id`;
    return;
  }
  const table = kind === 'reasons' ? 'Reason' : kind === 'categories' ? 'BusinessCategory' : 'SalesRegion';
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" t SET "sortOrder" = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE t.id = o.id`,
    ids,
  );
}
