import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/auth/permissions';
import type { AppSession } from '@/lib/auth/session';
import { hashPassword } from '@/lib/auth/password';
import { issueApiToken } from '@/lib/server/commands/api-tokens';

// Data builders shared by integration tests (and e2e through tests/e2e/fixtures.ts).
const uid = () => randomBytes(4).toString('hex');
let cachedHash: Promise<string> | null = null;
export const TEST_PASSWORD = 'test-password-123';

export async function createUser(
  opts: {
    roles?: Role[];
    name?: string;
    email?: string;
    managerId?: string;
    vrbDomains?: AppSession['vrbDomains'];
    disabled?: boolean;
  } = {},
) {
  const id = uid();
  return db.user.create({
    data: {
      email: opts.email ?? `user-${id}@test.local`,
      name: opts.name ?? `테스트 사용자 ${id}`,
      passwordHash: await (cachedHash ??= hashPassword(TEST_PASSWORD)),
      roles: opts.roles ?? ['SALES_REP'],
      vrbDomains: opts.vrbDomains ?? [],
      managerId: opts.managerId,
      disabledAt: opts.disabled ? new Date() : null,
    },
  });
}

export function sessionFor(u: {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  vrbDomains?: AppSession['vrbDomains'];
  managerId?: string | null;
}): AppSession {
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    vrbDomains: u.vrbDomains ?? [],
    managerId: u.managerId ?? null,
    locale: 'ko',
  };
}

export async function tokenFor(userId: string) {
  return (await issueApiToken(db, userId, 'test')).token;
}

/** A user (a sales rep unless `opts` says otherwise) and an API token of theirs, for tests that call /api/v1 as them. */
export async function createApiUser(opts: Parameters<typeof createUser>[0] = {}) {
  const u = await createUser(opts);
  return { u, token: await tokenFor(u.id) };
}

export async function createAccount(opts: { name?: string; businessRegistrationNo?: string; domain?: string; industry?: string } = {}) {
  const name = opts.name ?? `테스트고객 ${uid()}`;
  return db.account.create({
    data: {
      name,
      nameNormalized: name.toLowerCase().replace(/\s+/g, ''),
      businessRegistrationNo: opts.businessRegistrationNo,
      domain: opts.domain,
      industry: opts.industry,
    },
  });
}

export async function createOpportunity(opts: {
  ownerId: string;
  accountId?: string;
  tier?: number;
  amount?: number | string;
  name?: string;
  outcome?: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
  need?: string;
}) {
  const accountId = opts.accountId ?? (await createAccount()).id;
  const tier = opts.tier ?? 4;
  const outcome = opts.outcome ?? (tier === 0 ? 'WON' : 'OPEN');
  const opp = await db.opportunity.create({
    data: {
      name: opts.name ?? `사업기회 ${uid()}`,
      accountId,
      ownerId: opts.ownerId,
      tier,
      outcome,
      amount: opts.amount ?? null,
      need: opts.need,
    },
  });
  await db.tierChange.create({ data: { opportunityId: opp.id, fromTier: null, toTier: tier, toOutcome: outcome, actorId: opts.ownerId } });
  return opp;
}

/** A contact of an account, on the given deals (the power map's people). */
export async function createContact(opts: {
  accountId: string;
  name?: string;
  opportunityIds?: string[];
  reportsToId?: string | null;
  power?: number | null;
  stance?: 'SUPPORTER' | 'NEUTRAL' | 'OPPONENT' | null;
}) {
  const c = await db.contact.create({
    data: {
      accountId: opts.accountId,
      name: opts.name ?? `담당자 ${uid()}`,
      reportsToId: opts.reportsToId ?? null,
      power: opts.power ?? null,
      stance: opts.stance ?? null,
    },
  });
  for (const opportunityId of opts.opportunityIds ?? []) await db.opportunityContact.create({ data: { opportunityId, contactId: c.id } });
  return c;
}
