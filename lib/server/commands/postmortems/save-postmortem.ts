import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import {
  existingPostmortemReferences,
  findPostmortemRecord,
  getWritableDeal,
  replacePostmortemChildren,
  writePostmortem,
} from '@/lib/db/queries/postmortem-writes';
import { blameWarnings, canEdit, canWritePostmortem, checkPostmortemDraft, type BlameWarning } from '@/lib/domain/postmortems';
import { notify } from '@/lib/db/queries/notifications';
import { translateError } from '@/lib/i18n/translate';
import type { SavePostmortemInput } from '@/lib/validation/postmortems';
import { auditChange } from '../../audit';
import { DomainError, type FieldError } from '../../errors';
import { refusal } from '../refusal';
import { assertCan } from '@/lib/server/authorize';
import { conflictWithCurrent, serializePostmortem, type PostmortemView } from './record';

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
  const competitorIds = [...new Set([input.competitorId, ...input.lessons.map((l) => l.competitorId)].filter((x): x is string => !!x))];
  const found = await existingPostmortemReferences(tx, { userIds, competitorIds, postmortemId });
  const { users, competitors: comps, lessons: lessonIds, actionItems: actionIds } = found;
  input.attendees.forEach((id, i) => users.has(id) || fields.push(fieldError(session, `attendees.${i}`, 'unknownUser')));
  input.actionItems.forEach(
    (a, i) => !a.ownerId || users.has(a.ownerId) || fields.push(fieldError(session, `actionItems.${i}.ownerId`, 'unknownUser')),
  );

  if (input.competitorId && !comps.has(input.competitorId)) fields.push(fieldError(session, 'competitorId', 'unknownCompetitor'));
  input.lessons.forEach(
    (l, i) =>
      !l.competitorId || comps.has(l.competitorId) || fields.push(fieldError(session, `lessons.${i}.competitorId`, 'unknownCompetitor')),
  );

  input.lessons.forEach((l, i) => !l.id || lessonIds.has(l.id) || fields.push(fieldError(session, `lessons.${i}.id`, 'notThisPostmortem')));
  input.actionItems.forEach(
    (a, i) => !a.id || actionIds.has(a.id) || fields.push(fieldError(session, `actionItems.${i}.id`, 'notThisPostmortem')),
  );
  if (fields.length) throw invalid(fields);
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
      const opp = await getWritableDeal(tx, session, input.opportunityId);
      if (!opp) throw await refusal(tx, 'opportunity', input.opportunityId);
      if (!canWritePostmortem(opp).ok)
        throw new DomainError('UNPROCESSABLE', 'postmortems.errors.notClosed', { details: { tier: opp.tier, outcome: opp.outcome } });
      const existing = await findPostmortemRecord(tx, { opportunityId: opp.id });
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
      const id = await writePostmortem(tx, { existing, opportunityId: opp.id, createdById: session.userId, data });
      if (!id) throw await conflictWithCurrent(tx, opp.id);
      await replacePostmortemChildren(tx, id, input, { accountId: opp.accountId, businessCategoryId: opp.businessCategoryId });
      const saved = serializePostmortem((await findPostmortemRecord(tx, { id }))!);
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
      await auditChange(tx, session, existing ? 'postmortem.update' : 'postmortem.create', 'Postmortem', id, {
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
