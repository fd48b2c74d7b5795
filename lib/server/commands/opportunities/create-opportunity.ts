import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { findMatchingAccount, insertAccount } from '@/lib/db/queries/account-match';
import { accountExists } from '@/lib/db/queries/accounts';
import { findBidNoticeHolder } from '@/lib/db/queries/bids';
import { getOpportunity, insertOpportunityWithHistory, salesRegionScope } from '@/lib/db/queries/opportunities';
import { insertAccountContact, linkContactsToOpportunity, listAccountContactsByIds } from '@/lib/db/queries/contacts';
import { recordExists } from '@/lib/db/queries/records';
import { findActiveSalesUser } from '@/lib/db/queries/users';
import { mayEdit } from '@/lib/domain/access';
import { normalizeBusinessRegistrationNo, normalizeCompanyName, normalizeWebsite } from '@/lib/domain/leads/normalize';
import { unmetRequirements, type Tier } from '@/lib/domain/tiers';
import { translateError } from '@/lib/i18n/translate';
import type { CreateOpportunityInput } from '@/lib/validation/opportunities';
import { auditChange } from '../../audit';
import { DomainError, forbidden, notFound } from '../../errors';
import { getSettings } from '../../settings';
import { serializeOpportunity } from './serialize';
import { assertCan } from '@/lib/server/authorize';

async function resolveOwner(tx: Db, session: AppSession, ownerId: string | undefined) {
  const id = ownerId ?? session.userId;
  const u = await findActiveSalesUser(tx, id);
  if (!u)
    throw new DomainError('VALIDATION', 'leads.errors.ownerInvalid', { fields: [{ path: 'ownerId', message: 'not an active sales rep' }] });
  // the one access rule: a rep creates for themself, a manager for their reps, an admin for anyone
  if (!mayEdit(session, { ownerId: u.id, ownerManagerId: u.managerId })) throw forbidden();
  return u.id;
}

async function resolveAccount(tx: Db, session: AppSession, input: CreateOpportunityInput) {
  if (input.accountId) {
    if (!(await accountExists(tx, input.accountId)))
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'accountId', message: 'unknown account' }] });
    return { id: input.accountId, created: false };
  }
  const acc = input.account!;
  const brn = normalizeBusinessRegistrationNo(acc.businessRegistrationNo ?? '');
  const web = normalizeWebsite(acc.domain ?? '');
  const fields = [
    ...(brn.ok
      ? []
      : [{ path: 'account.businessRegistrationNo', message: translateError(session.locale, `leads.rowErrors.${brn.error}`) }]),
    ...(web.ok ? [] : [{ path: 'account.domain', message: translateError(session.locale, `leads.rowErrors.${web.error}`) }]),
  ];
  if (fields.length || !brn.ok || !web.ok) throw new DomainError('VALIDATION', 'validation', { fields: fields });
  const nameNormalized = normalizeCompanyName(acc.name) || acc.name.toLowerCase();
  // the import's order: 사업자등록번호 → domain → name, else a new account
  const identity = { businessRegistrationNo: brn.value, domain: web.value?.domain ?? null };
  const found = await findMatchingAccount(tx, { ...identity, nameNormalized });
  if (found) return { id: found.id, created: false };
  const a = await insertAccount(tx, { name: acc.name, nameNormalized, ...identity });
  await auditChange(tx, session, 'account.create', 'Account', a.id, {
    after: { name: acc.name, via: 'opportunity.create' },
  });
  return { id: a.id, created: true };
}

/**
 * "+ 사업기회" (board, account page) / POST /api/v1/opportunities → 201. Enters Tier 4 with its
 * first tier-history row, or a later tier only when what it is created with meets the entry
 * requirements of every tier from 3 down to it (the tier engine's table; no back door) — else
 * 422 listing them. One transaction: account (matched or new), contacts, deal, history, audit.
 */
export async function createOpportunity(db: DbClient, session: AppSession, input: CreateOpportunityInput) {
  assertCan(session, 'opportunity:create');
  const now = new Date();
  const settings = await getSettings(db);
  const id = await db.$transaction(async (tx) => {
    const ownerId = await resolveOwner(tx, session, input.ownerId);
    const account = await resolveAccount(tx, session, input);
    const existing = input.contactIds?.length ? await listAccountContactsByIds(tx, account.id, input.contactIds) : [];
    if (existing.length !== new Set(input.contactIds ?? []).size)
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'contactIds', message: 'not a contact of this account' }] });
    const tier = input.tier as Tier;
    const unmet = unmetRequirements(
      4,
      tier,
      null,
      {
        hasNamedContact: existing.length + (input.contacts?.length ?? 0) > 0,
        need: input.need ?? null,
        amount: input.amount ?? null,
        expectedCloseDate: input.expectedCloseAt ? new Date(input.expectedCloseAt) : null,
        hasDecisionMaker: [...existing, ...(input.contacts ?? [])].some((c) => c.powerRole === 'DECISION_MAKER'),
        hasPassedBidApproval: false, // a new deal has no VRB review yet
        proposalDueDate: input.proposalDueDate ? new Date(input.proposalDueDate) : null,
        reasonCount: 0,
        contractAmount: null,
        lossType: null,
      },
      settings.tierRules,
    );
    if (unmet.length)
      throw new DomainError('UNPROCESSABLE', 'tiers.errors.requirementsUnmet', {
        params: { count: unmet.length },
        details: { unmet },
        fields: unmet.map((u) => ({ path: u.id, message: translateError(session.locale, `tiers.requirements.${u.id}`) })),
      });
    if (input.bidNoticeNo) {
      const other = await findBidNoticeHolder(tx, input.bidNoticeNo, input.bidRound ?? null);
      if (other)
        throw new DomainError('CONFLICT', 'opportunity.errors.bidNoticeTaken', {
          params: { name: other.name },
          details: { existing: { id: other.id, name: other.name, href: `/opportunities/${other.id}` } },
        });
    }
    if (input.categoryId && !(await recordExists(tx, 'businessCategory', input.categoryId)))
      throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'categoryId', message: 'unknown category' }] });
    let regionScope = input.regionScope;
    if (input.salesRegionId) {
      const scope = await salesRegionScope(tx, input.salesRegionId);
      if (!scope) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'salesRegionId', message: 'unknown region' }] });
      regionScope ??= scope;
    }
    const country = input.country ?? 'KR';
    regionScope ??= country === 'KR' ? 'DOMESTIC' : 'OVERSEAS';
    const opp = await insertOpportunityWithHistory(
      tx,
      {
        name: input.name,
        accountId: account.id,
        ownerId,
        amount: input.amount ?? null,
        expectedCloseDate: input.expectedCloseAt ? new Date(input.expectedCloseAt) : null,
        businessCategoryId: input.categoryId ?? null,
        regionScope,
        country,
        salesRegionId: input.salesRegionId ?? null,
        need: input.need ?? null,
        nextStep: input.nextStep ?? null,
        nextStepDueDate: input.nextStepDueDate ? new Date(input.nextStepDueDate) : null,
        proposalDueDate: input.proposalDueDate ? new Date(input.proposalDueDate) : null,
        bidNoticeNo: input.bidNoticeNo ?? null,
        bidRound: input.bidRound ?? null,
        tier,
        tierEnteredAt: now,
      },
      { actorId: session.userId, reason: 'opportunity.create', at: now },
    );
    const newContacts = [];
    for (const c of input.contacts ?? []) newContacts.push(await insertAccountContact(tx, account.id, c));
    await linkContactsToOpportunity(
      tx,
      opp.id,
      [...existing, ...newContacts].map((c) => c.id),
      { firstIsPrimary: true },
    );
    await auditChange(tx, session, 'opportunity.create', 'Opportunity', opp.id, {
      after: { ...input, ownerId, accountId: account.id, accountCreated: account.created, tier },
    });
    return opp.id;
  });
  const row = await getOpportunity(db, id);
  if (!row) throw notFound();
  return serializeOpportunity(row, settings.horizonBounds, now);
}
