import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { countLeadsCapped, listLeadsPage, type LeadScope } from '@/lib/db/queries/leads';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { canTransition, missingCriteria, qualificationChecklist, isQualified } from '@/lib/domain/leads/qualification';
import type { BulkLeadAction, ListLeadsQuery } from '@/lib/validation/leads';
import { audit } from '@/lib/server/audit';
import { DomainError, conflict, notFound } from '@/lib/server/errors';
import { leadRefusal } from '../refusal';
import { getSetting } from '@/lib/server/settings';
import { assertCan } from '@/lib/server/authorize';
import { writableLeadWhere } from '@/lib/db/access';
import { leadReadScope, mayAssignLeadTo } from '@/lib/domain/access/leads';

// Lead commands: list (scoped), qualify, disqualify, assign, bulk, convert. Record-level rules
// live in the queries: a rep reaches only leads assigned to them, a manager unassigned leads,
// their own and their team's, marketers and admins every lead. "Not yours" is "not found".

/** The inbox's read scope (lib/domain/access/leads.ts) in the shape its SQL takes. */
export function leadScope(session: AppSession): LeadScope {
  const scope = leadReadScope(session);
  return { ownerOnly: scope.kind === 'all' ? null : scope.userId };
}

/** Prisma where-clause of the leads this user may change (lib/db/access.ts, from lib/domain/access/leads.ts). */
export const writableWhere = writableLeadWhere;

export async function listLeads(session: AppSession, query: ListLeadsQuery, opts: { withCount?: boolean } = {}) {
  assertCan(session, 'lead:read');
  const scope = leadScope(session);
  if (query.q && query.sort.startsWith('company')) {
    // a search is ordered by date only: sorting thousands of trigram matches by name is not a 10 ms page
    throw new DomainError('VALIDATION', 'leads.errors.sortWithSearch', {
      fields: [{ path: 'sort', message: 'company sorts are not offered with q' }],
    });
  }
  const page = await listLeadsPage(pgPool, query, scope, session.userId);
  if (page.badCursor)
    throw new DomainError('VALIDATION', 'leads.errors.badCursor', { fields: [{ path: 'cursor', message: 'invalid cursor' }] });
  const count = opts.withCount ? await countLeadsCapped(pgPool, query, scope, session.userId) : null;
  return { items: page.items, nextCursor: page.nextCursor, count };
}

const LEAD_VIEW = {
  id: true,
  status: true,
  version: true,
  ownerId: true,
  email: true,
  name: true,
  company: true,
  phone: true,
  temperature: true,
  need: true,
  intent: true,
  budget: true,
  updatedAt: true,
} as const;

async function loadWritable(db: Db, session: AppSession, id: string) {
  const lead = await db.lead.findFirst({ where: { id, ...(await writableWhere(db, session)) } });
  if (!lead) throw await leadRefusal(db, session, id); // a lead the user reads but may not change → 403
  return lead;
}

/** A rep (or manager) who may own leads and opportunities; a rep may only name themself. */
export async function checkAssignee(db: Db, session: AppSession, ownerId: string) {
  const u = await db.user.findUnique({ where: { id: ownerId }, select: { id: true, roles: true, disabledAt: true, managerId: true } });
  if (!u || u.disabledAt || !u.roles.some((r) => r === 'SALES_REP' || r === 'SALES_MANAGER')) {
    throw new DomainError('VALIDATION', 'leads.errors.ownerInvalid', { fields: [{ path: 'ownerId', message: 'not an active sales rep' }] });
  }
  if (!mayAssignLeadTo(session, ownerId)) throw new DomainError('FORBIDDEN', 'leads.errors.ownerNotSelf');
  return u;
}

async function casUpdate(db: Db, id: string, version: number, from: string[], data: Record<string, unknown>) {
  const n = await db.lead.updateMany({
    where: { id, version, status: { in: from as never } },
    data: { ...data, version: { increment: 1 } },
  });
  if (n.count !== 1) {
    const current = await db.lead.findUnique({ where: { id }, select: LEAD_VIEW });
    throw conflict(current);
  }
}

function checkVersion(lead: { version: number }, version: number | undefined, current: unknown) {
  if (version !== undefined && version !== lead.version) throw conflict(current);
}

export async function qualifyLead(db: DbClient, session: AppSession, id: string, input: { ownerId?: string; version?: number }) {
  assertCan(session, 'lead:qualify');
  return db.$transaction(async (tx) => {
    const lead = await loadWritable(tx, session, id);
    checkVersion(lead, input.version, lead);
    if (!canTransition(lead.status, 'SQL'))
      throw new DomainError('UNPROCESSABLE', 'leads.errors.badStatus', { params: { status: lead.status } });
    const rules = await getSetting(tx, 'qualificationRules');
    const checklist = qualificationChecklist({ ...lead, budget: lead.budget?.toString() ?? null }, rules);
    if (!isQualified(checklist))
      throw new DomainError('UNPROCESSABLE', 'leads.errors.notQualified', { details: { missing: missingCriteria(checklist) } });
    if (input.ownerId) await checkAssignee(tx, session, input.ownerId);
    const ownerId = input.ownerId ?? lead.ownerId;
    await casUpdate(tx, id, lead.version, ['MQL'], { status: 'SQL', qualifiedAt: new Date(), ownerId });
    await audit(tx, {
      actorId: session.userId,
      action: 'lead.qualify',
      entityType: 'Lead',
      entityId: id,
      before: { status: lead.status, ownerId: lead.ownerId },
      after: { status: 'SQL', ownerId },
    });
    return tx.lead.findUniqueOrThrow({ where: { id }, select: LEAD_VIEW });
  });
}

async function findDisqualifyReason(db: Db, reason: string) {
  const r = await db.reason.findFirst({
    where: { kind: 'DISQUALIFY', active: true, OR: [{ code: reason }, ...(/^[0-9a-f-]{36}$/i.test(reason) ? [{ id: reason }] : [])] },
  });
  if (!r)
    throw new DomainError('VALIDATION', 'leads.errors.reasonUnknown', {
      fields: [{ path: 'reason', message: 'unknown disqualify reason' }],
    });
  return r;
}

export async function disqualifyLead(
  db: DbClient,
  session: AppSession,
  id: string,
  input: { reason: string; note?: string; version?: number },
) {
  assertCan(session, 'lead:disqualify');
  return db.$transaction(async (tx) => {
    const lead = await loadWritable(tx, session, id);
    checkVersion(lead, input.version, lead);
    const reason = await findDisqualifyReason(tx, input.reason);
    if (!canTransition(lead.status, 'DISQUALIFIED'))
      throw new DomainError('UNPROCESSABLE', 'leads.errors.badStatus', { params: { status: lead.status } });
    await casUpdate(tx, id, lead.version, ['MQL', 'SQL'], {
      status: 'DISQUALIFIED',
      disqualifyReasonId: reason.id,
      disqualifyNote: input.note ?? null,
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'lead.disqualify',
      entityType: 'Lead',
      entityId: id,
      before: { status: lead.status },
      after: { status: 'DISQUALIFIED', reason: reason.code, note: input.note },
    });
    return tx.lead.findUniqueOrThrow({ where: { id }, select: LEAD_VIEW });
  });
}

/** The permission each bulk operation needs (the same as its single-lead route). */
export const BULK_LEAD_PERMISSION = { assign: 'lead:assign', qualify: 'lead:qualify', disqualify: 'lead:disqualify' } as const;

/** Bulk assign / qualify / disqualify: one read, one write per kind of change, one audit row per lead. */
export async function bulkLeads(db: DbClient, session: AppSession, input: BulkLeadAction) {
  assertCan(session, BULK_LEAD_PERMISSION[input.action]);
  return db.$transaction(async (tx) => {
    const ids = [...new Set(input.ids)];
    const leads = await tx.lead.findMany({ where: { id: { in: ids }, ...(await writableWhere(tx, session)) } });
    const found = new Set(leads.map((l) => l.id));
    const skipped: { id: string; reason: string }[] = ids.filter((i) => !found.has(i)).map((i) => ({ id: i, reason: 'notFound' }));
    let ok: string[] = [];
    let action = '';
    let after: Record<string, unknown> = {};
    if (input.action === 'assign') {
      if (input.ownerId) await checkAssignee(tx, session, input.ownerId);
      const open = leads.filter((l) => l.status === 'MQL' || l.status === 'SQL');
      for (const l of leads) if (!open.includes(l)) skipped.push({ id: l.id, reason: 'badStatus' });
      ok = open.map((l) => l.id);
      await tx.lead.updateMany({ where: { id: { in: ok } }, data: { ownerId: input.ownerId, version: { increment: 1 } } });
      action = 'lead.assign';
      after = { ownerId: input.ownerId };
    } else if (input.action === 'qualify') {
      if (input.ownerId) await checkAssignee(tx, session, input.ownerId);
      const rules = await getSetting(tx, 'qualificationRules');
      for (const l of leads) {
        if (!canTransition(l.status, 'SQL')) skipped.push({ id: l.id, reason: 'badStatus' });
        else if (!isQualified(qualificationChecklist({ ...l, budget: l.budget?.toString() ?? null }, rules)))
          skipped.push({ id: l.id, reason: 'notQualified' });
        else ok.push(l.id);
      }
      await tx.lead.updateMany({
        where: { id: { in: ok }, status: 'MQL' },
        data: { status: 'SQL', qualifiedAt: new Date(), ...(input.ownerId ? { ownerId: input.ownerId } : {}), version: { increment: 1 } },
      });
      action = 'lead.qualify';
      after = { status: 'SQL', ...(input.ownerId ? { ownerId: input.ownerId } : {}) };
    } else {
      const reason = await findDisqualifyReason(tx, input.reason);
      for (const l of leads) {
        if (!canTransition(l.status, 'DISQUALIFIED')) skipped.push({ id: l.id, reason: 'badStatus' });
        else ok.push(l.id);
      }
      await tx.lead.updateMany({
        where: { id: { in: ok }, status: { in: ['MQL', 'SQL'] } },
        data: { status: 'DISQUALIFIED', disqualifyReasonId: reason.id, disqualifyNote: input.note ?? null, version: { increment: 1 } },
      });
      action = 'lead.disqualify';
      after = { status: 'DISQUALIFIED', reason: reason.code };
    }
    if (ok.length) {
      await tx.auditLog.createMany({
        data: ok.map((id) => ({
          actorId: session.userId,
          action,
          entityType: 'Lead',
          entityId: id,
          after: { ...after, bulk: true } as never,
        })),
      });
    }
    return { updated: ok.length, skipped };
  });
}

/**
 * Convert an SQL lead in one transaction: account (by 사업자등록번호, then domain, else new),
 * contact (by account + email, else new), opportunity at Tier 4 owned by the rep with its first
 * TierChange row, and the lead CONVERTED and linked. Returns the new opportunity.
 */
export async function convertLead(
  db: DbClient,
  session: AppSession,
  id: string,
  input: { ownerId: string; opportunityName?: string; version?: number },
) {
  assertCan(session, 'lead:convert');
  return db.$transaction(async (tx) => {
    const lead = await loadWritable(tx, session, id);
    checkVersion(lead, input.version, lead);
    if (!canTransition(lead.status, 'CONVERTED'))
      throw new DomainError('UNPROCESSABLE', 'leads.errors.convertNeedsSql', { params: { status: lead.status } });
    await checkAssignee(tx, session, input.ownerId);

    const companyName = lead.company ?? lead.companyDomain ?? lead.email ?? '—';
    let account =
      (lead.businessRegistrationNo
        ? await tx.account.findUnique({ where: { businessRegistrationNo: lead.businessRegistrationNo } })
        : null) ??
      (lead.companyDomain ? await tx.account.findFirst({ where: { domain: lead.companyDomain }, orderBy: { createdAt: 'asc' } }) : null);
    const accountMatched = !!account;
    if (!account) {
      account = await tx.account.create({
        data: {
          name: companyName,
          nameNormalized: normalizeCompanyName(companyName),
          businessRegistrationNo: lead.businessRegistrationNo,
          domain: lead.companyDomain,
        },
      });
    }
    let contact = lead.email ? await tx.contact.findFirst({ where: { accountId: account.id, email: lead.email } }) : null;
    if (!contact && (lead.name || lead.email)) {
      contact = await tx.contact.create({
        data: { accountId: account.id, name: lead.name ?? lead.email!, title: lead.title, email: lead.email, phone: lead.phone },
      });
    }
    const name = input.opportunityName ?? `${account.name} · ${lead.campaign ?? lead.need?.slice(0, 60) ?? '신규 사업기회'}`;
    const opp = await tx.opportunity.create({
      data: {
        name: name.slice(0, 200),
        accountId: account.id,
        ownerId: input.ownerId,
        amount: lead.budget,
        need: lead.need,
        tier: 4,
        outcome: 'OPEN',
      },
    });
    await tx.tierChange.create({
      data: {
        opportunityId: opp.id,
        fromTier: null,
        toTier: 4,
        fromOutcome: null,
        toOutcome: 'OPEN',
        actorId: session.userId,
        reason: 'lead.convert',
      },
    });
    if (contact) await tx.opportunityContact.create({ data: { opportunityId: opp.id, contactId: contact.id, isPrimary: true } });
    await casUpdate(tx, id, lead.version, ['SQL'], {
      status: 'CONVERTED',
      convertedAt: new Date(),
      accountId: account.id,
      contactId: contact?.id ?? null,
      opportunityId: opp.id,
      ownerId: input.ownerId,
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'lead.convert',
      entityType: 'Lead',
      entityId: id,
      before: { status: lead.status },
      after: { status: 'CONVERTED', opportunityId: opp.id, accountId: account.id, accountMatched, contactId: contact?.id ?? null },
    });
    await audit(tx, {
      actorId: session.userId,
      action: 'opportunity.create',
      entityType: 'Opportunity',
      entityId: opp.id,
      after: { tier: 4, fromLead: id, ownerId: input.ownerId },
    });
    return {
      id: opp.id,
      name: opp.name,
      tier: opp.tier,
      outcome: 'OPEN' as const,
      accountId: account.id,
      ownerId: opp.ownerId,
      leadId: id,
      contactId: contact?.id ?? null,
    };
  });
}

/** One lead with its checklist (detail panel). */
export async function getLead(db: Db, session: AppSession, id: string) {
  assertCan(session, 'lead:read');
  const scope = leadScope(session);
  const lead = await db.lead.findFirst({
    where: { id, ...(scope.ownerOnly ? { ownerId: scope.ownerOnly } : {}) },
    include: { owner: { select: { id: true, name: true } }, importBatch: { select: { fileName: true } } },
  });
  if (!lead) throw notFound();
  const rules = await getSetting(db, 'qualificationRules');
  return { lead, checklist: qualificationChecklist({ ...lead, budget: lead.budget?.toString() ?? null }, rules) };
}

export async function salesAssignees(db: Db) {
  return db.user.findMany({
    where: { disabledAt: null, roles: { hasSome: ['SALES_REP', 'SALES_MANAGER'] } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

export async function disqualifyReasons(db: Db) {
  return db.reason.findMany({
    where: { kind: 'DISQUALIFY', active: true },
    orderBy: [{ sortOrder: 'asc' }, { labelKo: 'asc' }],
    select: { id: true, code: true, labelKo: true, labelEn: true },
  });
}
