import 'server-only';
import type { Db } from '@/lib/db/client';
import { findPostmortemRecord, type PostmortemRecordRow } from '@/lib/db/queries/postmortem-writes';
import { DomainError } from '../../errors';

// The postmortem record's API / form view (the record as read: lib/db/queries/postmortem-writes.ts).

/** The API / form view of a postmortem (dates as ISO strings, decimal as number). */
export function serializePostmortem(p: PostmortemRecordRow) {
  return {
    id: p.id,
    opportunityId: p.opportunityId,
    status: p.status,
    summary: p.summary,
    whatHappened: p.whatHappened,
    wentWell: p.whatWentWell,
    wentWrong: p.whatWentWrong,
    rootCauses: p.rootCauses,
    competitorId: p.winningCompetitorId,
    priceGap: p.priceGapPct === null ? null : Number(p.priceGapPct),
    heldAt: p.heldAt?.toISOString() ?? null,
    attendees: p.attendees.map((a) => a.userId),
    lessons: p.lessons,
    actionItems: p.actionItems.map((a) => ({
      ...a,
      dueDate: a.dueDate?.toISOString().slice(0, 10) ?? null,
      doneAt: a.doneAt?.toISOString() ?? null,
    })),
    amendments: p.amendments.map((m) => ({
      id: m.id,
      body: m.body,
      authorId: m.authorId,
      authorName: m.author.name,
      createdAt: m.createdAt.toISOString(),
    })),
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}
export type PostmortemView = ReturnType<typeof serializePostmortem>;

/** 409 with the current record (or null when there is none). */
export async function conflictWithCurrent(db: Db, opportunityId: string) {
  const pm = await findPostmortemRecord(db, { opportunityId });
  return new DomainError('CONFLICT', 'postmortems.errors.conflict', { details: pm ? serializePostmortem(pm) : null });
}
