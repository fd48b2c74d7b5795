import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';
import type { SavePostmortemInput } from '@/lib/validation/postmortems';
import { POSTMORTEM_FIELDS } from './postmortems';

// Postmortems (SPEC §5), write side: the record as the commands read it, the deal it is written
// for, the save (a compare-and-set on version, the children replaced), action items done once, and
// amendments. Blameless by design: nothing here stores a responsible person.

/** The postmortem record as the commands read and answer with it (lib/server/commands/postmortems/record.ts serializes it). */
export const POSTMORTEM_RECORD = {
  ...POSTMORTEM_FIELDS,
  opportunityId: true,
  winningCompetitorId: true,
  version: true,
  attendees: { select: { userId: true }, orderBy: { userId: 'asc' } },
  lessons: {
    select: { id: true, title: true, body: true, category: true, accountId: true, competitorId: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
  actionItems: {
    select: { id: true, title: true, ownerId: true, dueDate: true, doneAt: true, doneNote: true },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  },
  amendments: {
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.PostmortemSelect;
export type PostmortemRecordRow = Prisma.PostmortemGetPayload<{ select: typeof POSTMORTEM_RECORD }>;

/** The record by its id or by its opportunity (one each), or null. */
export function findPostmortemRecord(db: Db, by: { id: string } | { opportunityId: string }) {
  return db.postmortem.findUnique({ where: by, select: POSTMORTEM_RECORD });
}

/** The closed deal a postmortem is written for, if the actor may write it (lib/db/access), else null. */
export function getWritableDeal(db: Db, actor: Actor, opportunityId: string) {
  return db.opportunity.findFirst({
    where: { id: opportunityId, ...editableOpportunityWhere(actor) },
    select: {
      id: true,
      name: true,
      tier: true,
      outcome: true,
      accountId: true,
      businessCategoryId: true,
      lostToCompetitorId: true,
      account: { select: { name: true } },
    },
  });
}

/**
 * Which of the ids a save refers to exist: active users (attendees, action owners), competitors,
 * and the lessons and action items of this postmortem (none when it is new).
 */
export async function existingPostmortemReferences(
  db: Db,
  refs: { userIds: string[]; competitorIds: string[]; postmortemId: string | null },
) {
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const users = ids(await db.user.findMany({ where: { id: { in: refs.userIds }, disabledAt: null }, select: { id: true } }));
  const competitors = ids(await db.competitor.findMany({ where: { id: { in: refs.competitorIds } }, select: { id: true } }));
  const postmortemId = refs.postmortemId;
  const [lessons, actionItems] = postmortemId
    ? await Promise.all([
        db.lesson.findMany({ where: { postmortemId }, select: { id: true } }).then(ids),
        db.actionItem.findMany({ where: { postmortemId }, select: { id: true } }).then(ids),
      ])
    : [new Set<string>(), new Set<string>()];
  return { users, competitors, lessons, actionItems };
}

type PostmortemFields = Pick<
  Prisma.PostmortemUncheckedCreateInput,
  'status' | 'summary' | 'whatHappened' | 'whatWentWell' | 'whatWentWrong' | 'rootCauses' | 'winningCompetitorId' | 'priceGapPct' | 'heldAt'
>;

/**
 * Write the postmortem's own fields: create it, or update the existing one if it is still at the
 * version read (version + 1). Returns its id, or null when someone saved it first.
 */
export async function writePostmortem(
  db: Db,
  w: { existing: { id: string; version: number } | null; opportunityId: string; createdById: string; data: PostmortemFields },
): Promise<string | null> {
  if (!w.existing)
    return (
      await db.postmortem.create({ data: { ...w.data, opportunityId: w.opportunityId, createdById: w.createdById }, select: { id: true } })
    ).id;
  const { count } = await db.postmortem.updateMany({
    where: { id: w.existing.id, version: w.existing.version },
    data: { ...w.data, version: { increment: 1 } },
  });
  return count === 0 ? null : w.existing.id;
}

/**
 * Replace the children: keep (update) rows whose id was sent, delete the others, create the new
 * ones. Every lesson is tagged with the deal's customer and business category, and its competitor if any.
 */
export async function replacePostmortemChildren(
  db: Db,
  postmortemId: string,
  input: Pick<SavePostmortemInput, 'attendees' | 'lessons' | 'actionItems'>,
  tags: { accountId: string; businessCategoryId: string | null },
) {
  await db.postmortemAttendee.deleteMany({ where: { postmortemId } });
  if (input.attendees.length) await db.postmortemAttendee.createMany({ data: input.attendees.map((userId) => ({ postmortemId, userId })) });

  const keepLessons = input.lessons.flatMap((l) => (l.id ? [l.id] : []));
  await db.lesson.deleteMany({ where: { postmortemId, id: { notIn: keepLessons } } });
  const lessonData = (l: SavePostmortemInput['lessons'][number]) => ({
    title: l.title,
    body: l.body,
    category: l.category,
    competitorId: l.competitorId ?? null,
    accountId: tags.accountId,
    businessCategoryId: tags.businessCategoryId,
  });
  // kept rows are updated one by one (at most 50, each its own values); new rows in one insert
  for (const l of input.lessons) if (l.id) await db.lesson.update({ where: { id: l.id }, data: lessonData(l) });
  const newLessons = input.lessons.filter((l) => !l.id);
  if (newLessons.length) await db.lesson.createMany({ data: newLessons.map((l) => ({ ...lessonData(l), postmortemId })) });

  const keepActions = input.actionItems.flatMap((a) => (a.id ? [a.id] : []));
  await db.actionItem.deleteMany({ where: { postmortemId, id: { notIn: keepActions } } });
  const actionData = (a: SavePostmortemInput['actionItems'][number]) => ({
    title: a.title,
    ownerId: a.ownerId ?? null,
    dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
  });
  for (const a of input.actionItems) if (a.id) await db.actionItem.update({ where: { id: a.id }, data: actionData(a) });
  const newActions = input.actionItems.filter((a) => !a.id);
  if (newActions.length) await db.actionItem.createMany({ data: newActions.map((a) => ({ ...actionData(a), postmortemId })) });
}

/** An action item with its deal's owner and their manager (who may close it), or null. */
export function getActionItemWithDeal(db: Db, id: string) {
  return db.actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      ownerId: true,
      doneAt: true,
      doneNote: true,
      postmortemId: true,
      postmortem: { select: { opportunity: { select: { ownerId: true, owner: { select: { managerId: true } } } } } },
    },
  });
}

/** Mark the item done if it is still open (done once); false when it was already done. */
export async function completeActionItemIfOpen(db: Db, id: string, done: { doneAt: Date; doneById: string; doneNote: string | null }) {
  const { count } = await db.actionItem.updateMany({ where: { id, doneAt: null }, data: done });
  return count > 0;
}

/** The postmortem (id, status) if its deal is one the actor may write for, else null. */
export function getAmendablePostmortem(db: Db, actor: Actor, id: string) {
  return db.postmortem.findFirst({
    where: { id, opportunity: editableOpportunityWhere(actor) },
    select: { id: true, status: true },
  });
}

export function insertAmendment(db: Db, a: { postmortemId: string; authorId: string; body: string }) {
  return db.postmortemAmendment.create({
    data: a,
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
  });
}
