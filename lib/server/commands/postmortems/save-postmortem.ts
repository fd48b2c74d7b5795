import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { editableWhere } from '@/lib/db/queries/opportunities';
import { blameWarnings, canEdit, canWritePostmortem, checkPostmortemDraft, type BlameWarning } from '@/lib/domain/postmortems';
import { notify } from '@/lib/db/queries/notifications';
import { translateError } from '@/lib/i18n/translate';
import type { SavePostmortemInput } from '@/lib/validation/postmortems';
import { audit } from '../../audit';
import { DomainError, type FieldError } from '../../errors';
import { refusal } from '../refusal';
import { assertCan } from '@/lib/server/authorize';
import { conflictWithCurrent, RECORD, serializePostmortem, type PostmortemView } from './record';

// Postmortem write path (SPEC §5) and the lessons search, shared by the pages' actions and
// /api/v1. Scoping is the opportunity's: a rep writes for their own deals, a manager for their
// team's, an admin for all ("not yours" looks like "not found"). Blameless by design: nothing here
// stores a responsible person; people are attendees or owners of follow-up actions.

const fieldError = (session: AppSession, path: string, code: string): FieldError => ({
  path,
  message: translateError(session.locale, `postmortems.errors.${code}`),
});
const invalid = (fields: FieldError[]) => new DomainError('VALIDATION', 'validation', { fields: fields });

/** Every referenced user, competitor, lesson and action item exists (and belongs here). */
async function checkReferences(tx: Db, session: AppSession, input: SavePostmortemInput, postmortemId: string | null) {
  const fields: FieldError[] = [];
  const userIds = [...new Set([...input.attendees, ...input.actionItems.flatMap((a) => (a.ownerId ? [a.ownerId] : []))])];
  const users = new Set(
    (await tx.user.findMany({ where: { id: { in: userIds }, disabledAt: null }, select: { id: true } })).map((u) => u.id),
  );
  input.attendees.forEach((id, i) => users.has(id) || fields.push(fieldError(session, `attendees.${i}`, 'unknownUser')));
  input.actionItems.forEach(
    (a, i) => !a.ownerId || users.has(a.ownerId) || fields.push(fieldError(session, `actionItems.${i}.ownerId`, 'unknownUser')),
  );

  const compIds = [...new Set([input.competitorId, ...input.lessons.map((l) => l.competitorId)].filter((x): x is string => !!x))];
  const comps = new Set((await tx.competitor.findMany({ where: { id: { in: compIds } }, select: { id: true } })).map((c) => c.id));
  if (input.competitorId && !comps.has(input.competitorId)) fields.push(fieldError(session, 'competitorId', 'unknownCompetitor'));
  input.lessons.forEach(
    (l, i) =>
      !l.competitorId || comps.has(l.competitorId) || fields.push(fieldError(session, `lessons.${i}.competitorId`, 'unknownCompetitor')),
  );

  const [lessonIds, actionIds] = postmortemId
    ? await Promise.all([
        tx.lesson.findMany({ where: { postmortemId }, select: { id: true } }).then((r) => new Set(r.map((x) => x.id))),
        tx.actionItem.findMany({ where: { postmortemId }, select: { id: true } }).then((r) => new Set(r.map((x) => x.id))),
      ])
    : [new Set<string>(), new Set<string>()];
  input.lessons.forEach((l, i) => !l.id || lessonIds.has(l.id) || fields.push(fieldError(session, `lessons.${i}.id`, 'notThisPostmortem')));
  input.actionItems.forEach(
    (a, i) => !a.id || actionIds.has(a.id) || fields.push(fieldError(session, `actionItems.${i}.id`, 'notThisPostmortem')),
  );
  if (fields.length) throw invalid(fields);
}

/** Replace the children: keep (update) rows whose id was sent, delete the others, create the new ones. */
async function writeChildren(
  tx: Db,
  postmortemId: string,
  input: SavePostmortemInput,
  tags: { accountId: string; businessCategoryId: string | null },
) {
  await tx.postmortemAttendee.deleteMany({ where: { postmortemId } });
  if (input.attendees.length) await tx.postmortemAttendee.createMany({ data: input.attendees.map((userId) => ({ postmortemId, userId })) });

  const keepLessons = input.lessons.flatMap((l) => (l.id ? [l.id] : []));
  await tx.lesson.deleteMany({ where: { postmortemId, id: { notIn: keepLessons } } });
  // every lesson is tagged with the deal's customer and business category, and its competitor if any
  const lessonData = (l: SavePostmortemInput['lessons'][number]) => ({
    title: l.title,
    body: l.body,
    category: l.category,
    competitorId: l.competitorId ?? null,
    accountId: tags.accountId,
    businessCategoryId: tags.businessCategoryId,
  });
  // kept rows are updated one by one (at most 50, each its own values); new rows in one insert
  for (const l of input.lessons) if (l.id) await tx.lesson.update({ where: { id: l.id }, data: lessonData(l) });
  const newLessons = input.lessons.filter((l) => !l.id);
  if (newLessons.length) await tx.lesson.createMany({ data: newLessons.map((l) => ({ ...lessonData(l), postmortemId })) });

  const keepActions = input.actionItems.flatMap((a) => (a.id ? [a.id] : []));
  await tx.actionItem.deleteMany({ where: { postmortemId, id: { notIn: keepActions } } });
  const actionData = (a: SavePostmortemInput['actionItems'][number]) => ({
    title: a.title,
    ownerId: a.ownerId ?? null,
    dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
  });
  for (const a of input.actionItems) if (a.id) await tx.actionItem.update({ where: { id: a.id }, data: actionData(a) });
  const newActions = input.actionItems.filter((a) => !a.id);
  if (newActions.length) await tx.actionItem.createMany({ data: newActions.map((a) => ({ ...actionData(a), postmortemId })) });
}

export type SaveResult = { created: boolean; postmortem: PostmortemView; warnings: BlameWarning[] };

/**
 * Create or update the postmortem of a closed opportunity (a draft; once published it is final →
 * 422 postmortems.errors.published, nothing written; action item owners are notified). Create: no `version` needed (if one
 * already exists → 409 with it). Update: `version` must be the one the writer saw → else 409 with
 * the current record; nothing overwritten. Not at Tier 0 → 422. Write + audit in one transaction.
 * Blame-language warnings come back with the record; they never block the save.
 */
export async function savePostmortem(db: DbClient, session: AppSession, input: SavePostmortemInput): Promise<SaveResult> {
  assertCan(session, 'postmortem:write');
  const issues = checkPostmortemDraft({
    ...input,
    summary: input.summary ?? null,
    priceGap: input.priceGap ?? null,
    actionItems: input.actionItems.map((a) => ({ ...a, dueDate: a.dueDate ?? null, ownerId: a.ownerId ?? null })),
  });
  if (issues.length) throw invalid(issues.map((i) => fieldError(session, i.path, i.code)));
  const warnings = blameWarnings([
    { path: 'summary', text: input.summary },
    { path: 'whatHappened', text: input.whatHappened },
    { path: 'wentWell', text: input.wentWell },
    { path: 'wentWrong', text: input.wentWrong },
    ...input.lessons.flatMap((l, i) => [
      { path: `lessons.${i}.title`, text: l.title },
      { path: `lessons.${i}.body`, text: l.body },
    ]),
  ]);

  try {
    return await db.$transaction(async (tx) => {
      const opp = await tx.opportunity.findFirst({
        where: { id: input.opportunityId, ...editableWhere(session) },
        select: { id: true, tier: true, outcome: true, accountId: true, businessCategoryId: true },
      });
      if (!opp) throw await refusal(tx, 'opportunity', input.opportunityId);
      if (!canWritePostmortem(opp).ok)
        throw new DomainError('UNPROCESSABLE', 'postmortems.errors.notClosed', { details: { tier: opp.tier, outcome: opp.outcome } });
      const existing = await tx.postmortem.findUnique({ where: { opportunityId: opp.id }, select: RECORD });
      // published is final: a correction is an amendment (add-postmortem-amendment), never an edit
      if (existing && !canEdit(existing.status).ok)
        throw new DomainError('UNPROCESSABLE', 'postmortems.errors.published', { details: serializePostmortem(existing) });
      if (existing && input.version !== existing.version) throw await conflictWithCurrent(tx, opp.id);
      await checkReferences(tx, session, input, existing?.id ?? null);

      const now = new Date();
      const data = {
        status: input.status,
        summary: input.summary ?? null,
        whatHappened: input.whatHappened ?? null,
        whatWentWell: input.wentWell ?? null,
        whatWentWrong: input.wentWrong ?? null,
        rootCauses: input.rootCauses,
        winningCompetitorId: input.competitorId ?? null,
        priceGapPct: input.priceGap === undefined || input.priceGap === null ? null : new Prisma.Decimal(input.priceGap.toFixed(3)),
        // the meeting is taken as held when the record is first published
        heldAt: existing?.heldAt ?? (input.status === 'PUBLISHED' ? now : null),
      };
      let id: string;
      if (existing) {
        const { count } = await tx.postmortem.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw await conflictWithCurrent(tx, opp.id);
        id = existing.id;
      } else {
        id = (await tx.postmortem.create({ data: { ...data, opportunityId: opp.id, createdById: session.userId }, select: { id: true } }))
          .id;
      }
      await writeChildren(tx, id, input, { accountId: opp.accountId, businessCategoryId: opp.businessCategoryId });
      const saved = serializePostmortem(await tx.postmortem.findUniqueOrThrow({ where: { id }, select: RECORD }));
      // "an action item was assigned to you": new items, or items whose owner changed
      const before = new Map((existing?.actionItems ?? []).map((a) => [a.id, a.ownerId]));
      await notify(
        tx,
        saved.actionItems
          .filter((a) => a.ownerId && before.get(a.id) !== a.ownerId)
          .map((a) => ({
            userId: a.ownerId!,
            kind: 'ACTION_ASSIGNED' as const,
            params: { title: a.title, dueDate: a.dueDate },
            link: `/postmortems/${id}`,
            actorId: session.userId,
          })),
      );
      await audit(tx, {
        actorId: session.userId,
        action: existing ? 'postmortem.update' : 'postmortem.create',
        entityType: 'Postmortem',
        entityId: id,
        before: existing ? serializePostmortem(existing) : undefined,
        after: saved,
      });
      return { created: !existing, postmortem: saved, warnings };
    });
  } catch (e) {
    // two writers creating at once: the unique opportunityId refuses the second → 409 with the first
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw await conflictWithCurrent(db, input.opportunityId);
    throw e;
  }
}
