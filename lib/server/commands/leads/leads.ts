import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { pgPool } from '@/lib/db/pg';
import {
  assignLeads,
  countLeadsCapped,
  disqualifyLeads,
  findReadableLead,
  findWritableLead,
  getLeadView,
  listLeadsPage,
  listWritableLeads,
  qualifyLeads,
  updateLeadAtVersion,
  type LeadScope,
} from '@/lib/db/queries/leads';
import { findMatchingAccount, insertAccount } from '@/lib/db/queries/account-match';
import { insertAuditRows } from '@/lib/db/queries/audit';
import { insertOpportunityWithHistory } from '@/lib/db/queries/opportunities';
import { findAccountContactByEmail, insertAccountContact, linkContactsToOpportunity } from '@/lib/db/queries/contacts';
import { findActiveDisqualifyReason, listDisqualifyReasons } from '@/lib/db/queries/reasons';
import { findActiveSalesUser, listSalesUserOptions } from '@/lib/db/queries/users';
import { normalizeCompanyName } from '@/lib/domain/leads/normalize';
import { canTransition, missingCriteria, qualificationChecklist, isQualified } from '@/lib/domain/leads/qualification';
import type { BulkLeadAction, ListLeadsQuery } from '@/lib/validation/leads';
import { auditChange } from '@/lib/server/audit';
import { DomainError, conflict, notFound } from '@/lib/server/errors';
import { leadRefusal } from '../refusal';
import { getSetting } from '@/lib/server/settings';
import { assertCan } from '@/lib/server/authorize';
import { leadReadScope, mayAssignLeadTo } from '@/lib/domain/access/leads';

// Lead commands: list (scoped), qualify, disqualify, assign, bulk, convert. Record-level rules
// live in the queries: a rep reaches only leads assigned to them, a manager unassigned leads,
// their own and their team's, marketers and admins every lead. "Not yours" is "not found".

/** The inbox's read scope (lib/domain/access/leads.ts) in the shape its SQL takes. */
export function leadScope(session: AppSession): LeadScope {
  const scope = leadReadScope(session);
  return { ownerOnly: scope.kind === 'all' ? null : scope.userId };
}

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

async function loadWritable(db: Db, session: AppSession, id: string) {
  const lead = await findWritableLead(db, session, id);
  if (!lead) throw await leadRefusal(db, session, id); // a lead the user reads but may not change → 403
  return lead;
}

/** A rep (or manager) who may own leads and opportunities; a rep may only name themself. */
export async function checkAssignee(db: Db, session: AppSession, ownerId: string) {
  const u = await findActiveSalesUser(db, ownerId);
  if (!u) {
    throw new DomainError('VALIDATION', 'leads.errors.ownerInvalid', { fields: [{ path: 'ownerId', message: 'not an active sales rep' }] });
  }
  if (!mayAssignLeadTo(session, ownerId)) throw new DomainError('FORBIDDEN', 'leads.errors.ownerNotSelf');
  return u;
}

/** A status change at the version read, from one of `from`: else 409 with the lead as it is now. */
async function casUpdate(db: Db, id: string, version: number, from: ('MQL' | 'SQL')[], data: Prisma.LeadUncheckedUpdateManyInput) {
  if (!(await updateLeadAtVersion(db, id, version, data, from))) throw conflict(await getLeadView(db, id));
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
    await auditChange(tx, session, 'lead.qualify', 'Lead', id, {
      before: { status: lead.status, ownerId: lead.ownerId },
      after: { status: 'SQL', ownerId },
    });
    return (await getLeadView(tx, id))!;
  });
}

async function findDisqualifyReason(db: Db, reason: string) {
  const r = await findActiveDisqualifyReason(db, reason);
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
    await auditChange(tx, session, 'lead.disqualify', 'Lead', id, {
      before: { status: lead.status },
      after: { status: 'DISQUALIFIED', reason: reason.code, note: input.note },
    });
    return (await getLeadView(tx, id))!;
  });
}

/** The permission each bulk operation needs (the same as its single-lead route). */
export const BULK_LEAD_PERMISSION = { assign: 'lead:assign', qualify: 'lead:qualify', disqualify: 'lead:disqualify' } as const;

/** Bulk assign / qualify / disqualify: one read, one write per kind of change, one audit row per lead. */
export async function bulkLeads(db: DbClient, session: AppSession, input: BulkLeadAction) {
  assertCan(session, BULK_LEAD_PERMISSION[input.action]);
  return db.$transaction(async (tx) => {
    const ids = [...new Set(input.ids)];
    const leads = await listWritableLeads(tx, session, ids);
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
      await assignLeads(tx, ok, input.ownerId);
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
      await qualifyLeads(tx, ok, new Date(), input.ownerId);
      action = 'lead.qualify';
      after = { status: 'SQL', ...(input.ownerId ? { ownerId: input.ownerId } : {}) };
    } else {
      const reason = await findDisqualifyReason(tx, input.reason);
      for (const l of leads) {
        if (!canTransition(l.status, 'DISQUALIFIED')) skipped.push({ id: l.id, reason: 'badStatus' });
        else ok.push(l.id);
      }
      await disqualifyLeads(tx, ok, reason.id, input.note ?? null);
      action = 'lead.disqualify';
      after = { status: 'DISQUALIFIED', reason: reason.code };
    }
    await insertAuditRows(
      tx,
      ok.map((id) => ({ actorId: session.userId, action, entityType: 'Lead', entityId: id, after: { ...after, bulk: true } })),
    );
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
    // by 사업자등록번호, then domain (never by name: a lead's company name is typed by anyone)
    const identity = { businessRegistrationNo: lead.businessRegistrationNo, domain: lead.companyDomain };
    const matched = await findMatchingAccount(tx, identity);
    const accountMatched = !!matched;
    const account =
      matched ?? (await insertAccount(tx, { name: companyName, nameNormalized: normalizeCompanyName(companyName), ...identity }));
    let contact: { id: string } | null = lead.email ? await findAccountContactByEmail(tx, account.id, lead.email) : null;
    if (!contact && (lead.name || lead.email)) {
      contact = await insertAccountContact(tx, account.id, {
        name: lead.name ?? lead.email!,
        title: lead.title,
        email: lead.email,
        phone: lead.phone,
      });
    }
    const name = input.opportunityName ?? `${account.name} · ${lead.campaign ?? lead.need?.slice(0, 60) ?? '신규 사업기회'}`;
    const opp = await insertOpportunityWithHistory(
      tx,
      { name: name.slice(0, 200), accountId: account.id, ownerId: input.ownerId, amount: lead.budget, need: lead.need, tier: 4 },
      { actorId: session.userId, reason: 'lead.convert' },
    );
    if (contact) await linkContactsToOpportunity(tx, opp.id, [contact.id], { firstIsPrimary: true });
    await casUpdate(tx, id, lead.version, ['SQL'], {
      status: 'CONVERTED',
      convertedAt: new Date(),
      accountId: account.id,
      contactId: contact?.id ?? null,
      opportunityId: opp.id,
      ownerId: input.ownerId,
    });
    await auditChange(tx, session, 'lead.convert', 'Lead', id, {
      before: { status: lead.status },
      after: { status: 'CONVERTED', opportunityId: opp.id, accountId: account.id, accountMatched, contactId: contact?.id ?? null },
    });
    await auditChange(tx, session, 'opportunity.create', 'Opportunity', opp.id, {
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
  const lead = await findReadableLead(db, id, scope.ownerOnly);
  if (!lead) throw notFound();
  const rules = await getSetting(db, 'qualificationRules');
  return { lead, checklist: qualificationChecklist({ ...lead, budget: lead.budget?.toString() ?? null }, rules) };
}

/** The owners a lead may be assigned to (the inbox's picker). */
export const salesAssignees = listSalesUserOptions;

/** The inbox's disqualify reasons. */
export const disqualifyReasons = listDisqualifyReasons;
