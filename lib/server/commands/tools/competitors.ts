import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  categoryNames,
  competitorRecordRows,
  findCompetitorByKey,
  getCompetitorRow,
  insertCompetitor,
  lessonsNamingCompetitor,
  listCompetitorDeals,
  listCompetitors,
  writeCompetitor,
  type CompetitorRow,
} from '@/lib/db/queries/competitors';
import { cleanCompetitorName, competitorNameKey, rollUpRecord } from '@/lib/domain/tools';
import type { CreateCompetitorInput, ListCompetitorsQuery, UpdateCompetitorInput } from '@/lib/validation/tools';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { sentFields, updateVersioned, versionedRecord } from '../versioned-update';
import { DomainError, notFound } from '../../errors';

export const serializeCompetitor = (c: CompetitorRow) => ({
  id: c.id,
  name: c.name,
  strengths: c.strengths,
  weaknesses: c.weaknesses,
  pricingHabits: c.pricingHabits,
  typicalPartners: c.typicalPartners,
  notes: c.notes,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});
export type CompetitorDto = ReturnType<typeof serializeCompetitor>;

const PROFILE = ['strengths', 'weaknesses', 'pricingHabits', 'typicalPartners', 'notes'] as const;

/**
 * POST /api/v1/competitors and every competitor picker's inline "create": a name that differs from an
 * existing one only by spaces, case or width is that competitor (returned with `created: false`),
 * never a second row — also when two people type it at the same moment (the unique key decides).
 */
export async function createCompetitor(db: DbClient, session: AppSession, input: CreateCompetitorInput) {
  assertCan(session, 'tools:edit');
  const name = cleanCompetitorName(input.name);
  const key = competitorNameKey(name);
  const existing = await findCompetitorByKey(db, key);
  if (existing) return { competitor: serializeCompetitor(existing), created: false };
  try {
    const created = await db.$transaction(async (tx) => {
      const c = await insertCompetitor(tx, { name, ...Object.fromEntries(PROFILE.map((k) => [k, input[k] ?? null])) });
      await auditChange(tx, session, 'competitor.create', 'Competitor', c.id, {
        after: serializeCompetitor(c),
      });
      return c;
    });
    return { competitor: serializeCompetitor(created), created: true };
  } catch (e) {
    if ((e as { code?: string }).code !== 'P2002') throw e;
    const raced = await findCompetitorByKey(db, key);
    if (!raced) throw e;
    return { competitor: serializeCompetitor(raced), created: false };
  }
}

/** How a competitor profile is edited (updateVersioned). */
const COMPETITOR = versionedRecord(getCompetitorRow, serializeCompetitor, writeCompetitor, 'competitor.update', 'Competitor');

/** PATCH /api/v1/competitors/{id}: the profile; `version` CAS; a rename onto another competitor's name → 409 naming it. */
export async function updateCompetitor(db: DbClient, session: AppSession, input: UpdateCompetitorInput) {
  assertCan(session, 'tools:edit');
  const { competitorId, version, ...fields } = input;
  return updateVersioned(db, session, COMPETITOR, { id: competitorId, version }, async (tx) => {
    const data = sentFields(PROFILE, fields);
    if (fields.name !== undefined) {
      const name = cleanCompetitorName(fields.name);
      const other = await findCompetitorByKey(tx, competitorNameKey(name));
      if (other && other.id !== competitorId)
        throw new DomainError('CONFLICT', 'tools.errors.duplicateCompetitor', {
          params: { name: other.name },
          fields: [{ path: 'name', message: 'tools.errors.duplicateCompetitorField' }],
          details: { existing: { id: other.id, name: other.name } },
        });
      data.name = name;
    }
    return data;
  });
}

export async function listCompetitorsCmd(db: Db, session: AppSession, query: ListCompetitorsQuery) {
  assertCan(session, 'opportunity:read');
  const rows = await listCompetitors(db, { qKey: query.q ? competitorNameKey(query.q) : undefined, limit: query.limit });
  return { items: rows.map(serializeCompetitor) };
}

/**
 * A competitor's profile: the fields, its record against us from closed deals (won against, lost to,
 * no decision; amounts; by business category — lib/domain/tools/competitor-record.ts), the published
 * lessons that name it, and its recent deals.
 */
export async function getCompetitorProfile(db: Db, session: AppSession, competitorId: string) {
  assertCan(session, 'opportunity:read');
  const c = await getCompetitorRow(db, competitorId);
  if (!c) throw notFound();
  const [rows, lessons, deals] = await Promise.all([
    competitorRecordRows(db, competitorId),
    lessonsNamingCompetitor(db, c),
    listCompetitorDeals(db, competitorId),
  ]);
  const record = rollUpRecord(rows);
  const cats = await categoryNames(
    db,
    record.byCategory.flatMap((x) => (x.categoryId ? [x.categoryId] : [])),
  );
  const catOf = new Map(cats.map((x) => [x.id, x]));
  return {
    competitor: serializeCompetitor(c),
    record: {
      total: record.total,
      byCategory: record.byCategory.map((x) => ({
        ...x,
        categoryNameKo: x.categoryId ? (catOf.get(x.categoryId)?.nameKo ?? null) : null,
        categoryNameEn: x.categoryId ? (catOf.get(x.categoryId)?.nameEn ?? null) : null,
      })),
    },
    lessons: lessons.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() })),
    deals: deals.map((d) => ({ ...d, closedAt: d.closedAt?.toISOString() ?? null })),
  };
}
export type CompetitorProfile = Awaited<ReturnType<typeof getCompetitorProfile>>;
