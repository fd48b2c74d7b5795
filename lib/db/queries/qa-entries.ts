import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { escapeLike } from '@/lib/domain/search/normalize';

// 질의응답 사전 (issue 12 item 3): entries, their search (ILIKE over the trigram index
// "QaEntry_search_trgm_idx") and the candidates for a deal's 예상 질문.

export const qaEntrySelect = {
  id: true,
  needType: true,
  industry: true,
  stage: true,
  question: true,
  answer: true,
  avoidAnswer: true,
  source: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.QaEntrySelect;
export type QaEntryRow = Prisma.QaEntryGetPayload<{ select: typeof qaEntrySelect }>;

export function getQaEntryRow(db: Db, id: string) {
  return db.qaEntry.findUnique({ where: { id }, select: qaEntrySelect });
}

export function insertQaEntry(db: Db, data: Prisma.QaEntryCreateInput) {
  return db.qaEntry.create({ data, select: qaEntrySelect });
}

/** Compare-and-set update: false when the version moved on. */
export async function writeQaEntry(db: Db, id: string, version: number, data: Prisma.QaEntryUpdateManyMutationInput) {
  const { count } = await db.qaEntry.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export type QaEntryFilter = { q?: string; needType?: string; industry?: string; stage?: string; limit: number };

/** The list page, GET /api/v1/qa-entries and its export: q is a substring of need type, question or answer (ILIKE, trigram index). */
export async function listQaEntries(db: Db, f: QaEntryFilter): Promise<QaEntryRow[]> {
  const ids = f.q
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "QaEntry"
        WHERE ("needType" || ' ' || "question" || ' ' || "answer") ILIKE ${`%${escapeLike(f.q)}%`}
        LIMIT 5000`
    : null;
  return db.qaEntry.findMany({
    where: {
      ...(ids ? { id: { in: ids.map((r) => r.id) } } : {}),
      ...(f.needType ? { needType: f.needType } : {}),
      ...(f.industry ? { industry: f.industry } : {}),
      ...(f.stage ? { stage: f.stage } : {}),
    },
    select: qaEntrySelect,
    orderBy: [{ needType: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: f.limit,
  });
}

/** The deal's stated need and its account's industry (null when the deal does not exist). */
export function getDealNeed(db: Db, opportunityId: string) {
  return db.opportunity.findUnique({ where: { id: opportunityId }, select: { need: true, account: { select: { industry: true } } } });
}

/** The entries a deal's 예상 질문 are chosen from (the rule is lib/domain/tools/qa-match.ts; the dictionary is small). */
export function qaMatchCandidates(db: Db, take = 2000) {
  return db.qaEntry.findMany({ select: qaEntrySelect, orderBy: [{ needType: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], take });
}
