import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  getActiveUserName,
  getExpertRow,
  insertExpert,
  listExpertDeals,
  listExperts,
  writeExpert,
  type ExpertListRow,
  type ExpertRow,
} from '@/lib/db/queries/experts';
import { expertKindOf, expertRecord, expertRecordOf } from '@/lib/domain/tools/expert-record';
import type { CreateExpertInput, ListExpertsQuery, UpdateExpertInput } from '@/lib/validation/experts';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { sentFields, updateVersioned, versionedRecord } from '../versioned-update';
import { DomainError, notFound } from '../../errors';

// Expert network (issue 12 item 4): internal experts (optionally a Tierline user) and external
// ones, by domain, with the deals they helped and their 수주율 over the closed ones.

type ExpertBase = Pick<
  ExpertRow,
  'id' | 'name' | 'internal' | 'userId' | 'field' | 'organization' | 'email' | 'phone' | 'notes' | 'createdAt' | 'updatedAt' | 'version'
>;
const base = (e: ExpertBase, userName: string | null) => ({
  id: e.id,
  name: e.name,
  kind: expertKindOf(e),
  internal: e.internal,
  userId: e.userId,
  userName,
  field: e.field,
  organization: e.organization,
  email: e.email,
  phone: e.phone,
  notes: e.notes,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
  version: e.version,
});
export const serializeExpert = (e: ExpertRow) => base(e, e.user?.name ?? null);

export type ExpertDto = ReturnType<typeof serializeExpert>;
export const serializeExpertListItem = (e: ExpertListRow) => ({ ...base(e, e.userName), record: expertRecordOf(e) });
export type ExpertListItemDto = ReturnType<typeof serializeExpertListItem>;

const FIELDS = ['name', 'field', 'organization', 'email', 'phone', 'notes'] as const;

/** The internal expert's user must exist and be enabled; an external expert has none. */
async function checkUser(db: Db, internal: boolean, userId: string | null) {
  if (!userId) return;
  if (!internal)
    throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'userId', message: 'experts.errors.userOnlyInternal' }] });
  if (!(await getActiveUserName(db, userId)))
    throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'userId', message: 'experts.errors.unknownUser' }] });
}

/** POST /api/v1/experts and the create dialog: one row, one audit entry. */
export async function createExpert(db: DbClient, session: AppSession, input: CreateExpertInput) {
  assertCan(session, 'tools:edit');
  return db.$transaction(async (tx) => {
    const userId = input.userId ?? null;
    await checkUser(tx, input.internal, userId);
    const e = await insertExpert(tx, {
      name: input.name,
      internal: input.internal,
      userId,
      field: input.field,
      organization: input.organization ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      notes: input.notes ?? null,
    });
    const dto = serializeExpert(e);
    await auditChange(tx, session, 'expert.create', 'Expert', e.id, { after: dto });
    return dto;
  });
}

/** How an expert is edited (updateVersioned). */
const EXPERT = versionedRecord(getExpertRow, serializeExpert, writeExpert, 'expert.update', 'Expert');

/** PATCH /api/v1/experts/{id} and the profile form: only the fields sent; `version` CAS (stale → 409 with the current expert). */
export async function updateExpert(db: DbClient, session: AppSession, input: UpdateExpertInput) {
  assertCan(session, 'tools:edit');
  const { expertId, version, ...fields } = input;
  return updateVersioned(db, session, EXPERT, { id: expertId, version }, async (tx, before) => {
    const data: Record<string, string | boolean | null> = sentFields(FIELDS, fields);
    if (fields.internal !== undefined) data.internal = fields.internal;
    const internal = fields.internal ?? before.internal;
    // an expert made external loses the user link; a user link is checked against the kind
    const userId = fields.userId !== undefined ? (fields.userId ?? null) : internal ? before.userId : null;
    if (userId !== before.userId) data.userId = userId;
    if (fields.userId !== undefined) await checkUser(tx, internal, userId);
    return data;
  });
}

/** The list page, GET /api/v1/experts and its export: each expert with the record of the deals they helped. */
export async function listExpertsCmd(db: Db, session: AppSession, query: ListExpertsQuery) {
  assertCan(session, 'opportunity:read');
  return { items: (await listExperts(db, query)).map(serializeExpertListItem) };
}

/** GET /api/v1/experts/{id} and the profile page: the expert, their deal history and their 수주율. */
export async function getExpertProfile(db: Db, session: AppSession, expertId: string) {
  assertCan(session, 'opportunity:read');
  const e = await getExpertRow(db, expertId);
  if (!e) throw notFound();
  const deals = await listExpertDeals(db, expertId);
  return {
    expert: serializeExpert(e),
    record: expertRecord(deals),
    deals: deals.map((d) => ({ ...d, closedAt: d.closedAt?.toISOString() ?? null, linkedAt: d.linkedAt.toISOString() })),
  };
}
export type ExpertProfile = Awaited<ReturnType<typeof getExpertProfile>>;
