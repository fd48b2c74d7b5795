import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  getDealNeed,
  getQaEntryRow,
  insertQaEntry,
  listQaEntries,
  qaMatchCandidates,
  writeQaEntry,
  type QaEntryRow,
} from '@/lib/db/queries/qa-entries';
import { qaEntryFitsDeal } from '@/lib/domain/tools/qa-match';
import type { CreateQaEntryInput, ListQaEntriesQuery, UpdateQaEntryInput } from '@/lib/validation/tools';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { sentFields, updateVersioned, versionedRecord } from '../versioned-update';
import { notFound } from '../../errors';

// 질의응답 사전 (issue 12 item 3): the customer's likely questions by need type, industry and stage.

export const serializeQaEntry = (e: QaEntryRow) => ({
  id: e.id,
  needType: e.needType,
  industry: e.industry,
  stage: e.stage,
  question: e.question,
  answer: e.answer,
  avoidAnswer: e.avoidAnswer,
  source: e.source,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
  version: e.version,
});
export type QaEntryDto = ReturnType<typeof serializeQaEntry>;

const FIELDS = ['needType', 'industry', 'stage', 'question', 'answer', 'avoidAnswer', 'source'] as const;

/** POST /api/v1/qa-entries and the create dialog: one row, one audit entry. */
export async function createQaEntry(db: DbClient, session: AppSession, input: CreateQaEntryInput) {
  assertCan(session, 'tools:edit');
  return db.$transaction(async (tx) => {
    const e = await insertQaEntry(tx, {
      needType: input.needType,
      question: input.question,
      answer: input.answer,
      industry: input.industry ?? null,
      stage: input.stage ?? null,
      avoidAnswer: input.avoidAnswer ?? null,
      source: input.source ?? null,
    });
    const dto = serializeQaEntry(e);
    await auditChange(tx, session, 'qaEntry.create', 'QaEntry', e.id, { after: dto });
    return dto;
  });
}

/** How a Q&A entry is edited (updateVersioned). */
const QA_ENTRY = versionedRecord(getQaEntryRow, serializeQaEntry, writeQaEntry, 'qaEntry.update', 'QaEntry');

/** PATCH /api/v1/qa-entries/{id} and the edit dialog: only the fields sent; `version` CAS (stale → 409 with the current entry). */
export async function updateQaEntry(db: DbClient, session: AppSession, input: UpdateQaEntryInput) {
  assertCan(session, 'tools:edit');
  const { qaEntryId, version, ...fields } = input;
  return updateVersioned(db, session, QA_ENTRY, { id: qaEntryId, version }, () => sentFields(FIELDS, fields));
}

export async function listQaEntriesCmd(db: Db, session: AppSession, query: ListQaEntriesQuery) {
  assertCan(session, 'opportunity:read');
  return { items: (await listQaEntries(db, query)).map(serializeQaEntry) };
}

export async function getQaEntry(db: Db, session: AppSession, qaEntryId: string) {
  assertCan(session, 'opportunity:read');
  const e = await getQaEntryRow(db, qaEntryId);
  if (!e) throw notFound();
  return serializeQaEntry(e);
}

/** The opportunity page's 예상 질문: entries whose need type is in the deal's need and whose industry is open or the account's. */
export async function expectedQuestionsForDeal(db: Db, session: AppSession, opportunityId: string, limit = 10) {
  assertCan(session, 'opportunity:read');
  const deal = await getDealNeed(db, opportunityId);
  if (!deal) throw notFound();
  const facts = { need: deal.need, industry: deal.account?.industry ?? null };
  if (!facts.need) return { items: [] };
  const rows = await qaMatchCandidates(db);
  return {
    items: rows
      .filter((e) => qaEntryFitsDeal(e, facts))
      .slice(0, limit)
      .map(serializeQaEntry),
  };
}
