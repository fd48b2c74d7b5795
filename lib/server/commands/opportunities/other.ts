import 'server-only';
import { z } from '@/lib/validation/z';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getEditableOpportunity, getOpportunity, listOpportunityPage } from '@/lib/db/queries/opportunities';
import { decideSnooze, type Tier } from '@/lib/domain/tiers';
import type {
  addActivitySchema,
  addContactSchema,
  addReasonSchema,
  ListOpportunitiesQuery,
  setReasonActiveSchema,
  snoozeStallSchema,
} from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { serializeOpportunity } from './serialize';
import { assertCan } from '@/lib/server/authorize';

/** GET /api/v1/opportunities: keyset page, everyone signed in reads the pipeline. */
export async function listOpportunities(db: Db, q: ListOpportunitiesQuery) {
  const settings = await getSettings(db);
  const rows = await listOpportunityPage(db, {
    tier: q.tier,
    ownerId: q.owner,
    category: q.category,
    region: q.region,
    outcome: q.outcome,
    afterId: q.cursor,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => serializeOpportunity(r, settings.horizonBounds)),
    nextCursor: rows.length > q.limit ? page[page.length - 1]!.id : null,
  };
}

export async function getOpportunityOrThrow(db: Db, id: string) {
  const [row, settings] = await Promise.all([getOpportunity(db, id), getSettings(db)]);
  if (!row) throw notFound();
  return serializeOpportunity(row, settings.horizonBounds);
}

/** Snooze a stall flag once per tier entry, with a reason and a date. */
export async function snoozeStall(db: DbClient, session: AppSession, input: z.infer<typeof snoozeStallSchema>) {
  assertCan(session, 'tier:snooze');
  const settings = await getSettings(db);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw notFound();
    const d = decideSnooze(
      {
        tier: opp.tier as Tier,
        tierEnteredAt: opp.tierEnteredAt,
        stallSnoozedAt: opp.stallSnoozedAt,
        stallSnoozedUntil: opp.stallSnoozedUntil,
      },
      { until: new Date(input.until), reason: input.reason },
      settings.stallThresholds,
      now,
    );
    if (!d.ok) {
      const key = {
        NOT_STALLED: 'notStalled',
        ALREADY_SNOOZED: 'alreadySnoozed',
        BAD_DATE: 'badSnoozeDate',
        REASON_REQUIRED: 'validation',
      }[d.error.code];
      throw new DomainError(
        d.error.code === 'BAD_DATE' || d.error.code === 'REASON_REQUIRED' ? 'VALIDATION' : 'UNPROCESSABLE',
        `tiers.errors.${key}`,
      );
    }
    // no version bump: the snooze is not an edit of the deal's fields
    await tx.opportunity.update({
      where: { id: opp.id },
      data: { stallSnoozedAt: now, stallSnoozedUntil: d.value.until, stallSnoozeReason: input.reason },
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'opportunity.stall.snooze',
      entityType: 'Opportunity',
      entityId: opp.id,
      after: { until: input.until, reason: input.reason },
    });
    return serializeOpportunity((await getOpportunity(tx, opp.id))!, settings.horizonBounds, now);
  });
}

export async function addActivity(db: DbClient, session: AppSession, input: z.infer<typeof addActivitySchema>) {
  assertCan(session, 'activity:write');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw notFound();
    const a = await tx.activity.create({
      data: {
        type: input.type,
        subject: input.subject,
        body: input.body ?? null,
        occurredAt: new Date(input.occurredAt),
        opportunityId: opp.id,
        accountId: opp.accountId,
        actorId: session.userId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'activity.create',
      entityType: 'Opportunity',
      entityId: opp.id,
      after: { activityId: a.id, type: input.type, subject: input.subject },
    });
    return a;
  });
}

export async function addOpportunityContact(db: DbClient, session: AppSession, input: z.infer<typeof addContactSchema>) {
  assertCan(session, 'opportunity:edit');
  return db.$transaction(async (tx) => {
    const opp = await getEditableOpportunity(tx, session, input.opportunityId);
    if (!opp) throw notFound();
    const c = await tx.contact.create({
      data: {
        accountId: opp.accountId,
        name: input.name,
        title: input.title ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        powerRole: input.powerRole ?? null,
      },
      select: { id: true },
    });
    await tx.opportunityContact.create({ data: { opportunityId: opp.id, contactId: c.id } });
    await audit(tx, {
      actorId: session.userId,
      action: 'opportunity.contact.add',
      entityType: 'Opportunity',
      entityId: opp.id,
      after: { contactId: c.id, name: input.name, powerRole: input.powerRole ?? null },
    });
    return c;
  });
}

// Admin reason lists (caller checks settings:manage)
export async function listReasons(db: Db, opts: { activeOnly?: boolean } = {}) {
  return db.reason.findMany({
    where: { kind: { in: ['WON', 'LOST', 'NO_BID', 'DROPPED'] }, ...(opts.activeOnly ? { active: true } : {}) },
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { labelKo: 'asc' }],
    select: { id: true, kind: true, code: true, labelKo: true, labelEn: true, active: true },
  });
}

export async function addReason(db: DbClient, session: AppSession, input: z.infer<typeof addReasonSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    const exists = await tx.reason.findUnique({ where: { kind_code: { kind: input.kind, code: input.code } }, select: { id: true } });
    if (exists) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'code', message: 'code already used' }] });
    const max = await tx.reason.aggregate({ where: { kind: input.kind }, _max: { sortOrder: true } });
    const r = await tx.reason.create({ data: { ...input, sortOrder: (max._max.sortOrder ?? 0) + 1 }, select: { id: true } });
    await audit(tx, { actorId: session.userId, action: 'reason.create', entityType: 'Reason', entityId: r.id, after: input });
    return r;
  });
}

export async function setReasonActive(db: DbClient, session: AppSession, input: z.infer<typeof setReasonActiveSchema>) {
  assertCan(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    const r = await tx.reason.findUnique({ where: { id: input.reasonId }, select: { active: true, kind: true } });
    if (!r || r.kind === 'DISQUALIFY') throw notFound();
    await tx.reason.update({ where: { id: input.reasonId }, data: { active: input.active } });
    await audit(tx, {
      actorId: session.userId,
      action: 'reason.active',
      entityType: 'Reason',
      entityId: input.reasonId,
      before: { active: r.active },
      after: { active: input.active },
    });
  });
}
