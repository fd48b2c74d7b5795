import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { DomainError } from '../../errors';

// The postmortem record as the commands read it (RECORD) and its API / form view.

export const RECORD = {
  id: true,
  opportunityId: true,
  status: true,
  summary: true,
  whatHappened: true,
  whatWentWell: true,
  whatWentWrong: true,
  rootCauses: true,
  winningCompetitorId: true,
  priceGapPct: true,
  heldAt: true,
  version: true,
  updatedAt: true,
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
export type RecordRow = Prisma.PostmortemGetPayload<{ select: typeof RECORD }>;

/** The API / form view of a postmortem (dates as ISO strings, decimal as number). */
export function serializePostmortem(p: RecordRow) {
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
  const pm = await db.postmortem.findUnique({ where: { opportunityId }, select: RECORD });
  return new DomainError('CONFLICT', 'postmortems.errors.conflict', { details: pm ? serializePostmortem(pm) : null });
}
