import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { Permission } from '@/lib/auth/permissions';
import { assertCan } from '../../authorize';
import { setupTokenExpiry, type PasswordError, type UserRuleError } from '@/lib/domain/people';
import { countOtherActiveAdmins, getUserIdentity, managerChain } from '@/lib/db/queries/users';
import { getTeam } from '@/lib/db/queries/teams';
import { replaceSetupTokens } from '@/lib/db/queries/setup-tokens';
import { DomainError } from '../../errors';

/** The permission check inside the command (the wrapper checked it too). */
export function requirePermission(session: AppSession, permission: Permission) {
  assertCan(session, permission);
}

export const hashSetupToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The path a person opens to set their password (the caller makes it absolute). */
export const setupPath = (token: string) => `/setup/${token}`;

/**
 * A new one-time setup token for `userId`: random 32 bytes, only the SHA-256 stored, valid 72 h.
 * Earlier unused tokens of the same user are voided (the newest link is the only one that works).
 */
export async function issueSetupToken(tx: Db, userId: string, actorId: string | null, now: Date) {
  const [link] = await issueSetupTokens(tx, [userId], actorId, now);
  return link!;
}

/** The same for many people at once (a people import's links): one token each, set-wise. */
export async function issueSetupTokens(tx: Db, userIds: readonly string[], actorId: string | null, now: Date) {
  const expiresAt = setupTokenExpiry(now);
  const links = userIds.map((userId) => {
    const token = randomBytes(32).toString('base64url');
    return { userId, token, tokenHash: hashSetupToken(token), path: setupPath(token), expiresAt };
  });
  await replaceSetupTokens(tx, links, expiresAt, actorId, now);
  return links.map(({ userId, token, path }) => ({ userId, token, path, expiresAt }));
}

export function userRuleError(e: UserRuleError): DomainError {
  switch (e.code) {
    case 'DOMAINS_NEED_VRB_MEMBER':
      return new DomainError('UNPROCESSABLE', 'people.errors.domainsNeedVrbMember', {
        fields: [{ path: 'vrbDomains', message: 'VRB_MEMBER role required' }],
      });
    case 'MANAGER_CYCLE':
      return new DomainError('UNPROCESSABLE', 'people.errors.managerCycle', {
        details: { chain: e.chain },
        fields: [{ path: 'managerId', message: 'manager cycle' }],
      });
    case 'SELF_MANAGER':
      return new DomainError('UNPROCESSABLE', 'people.errors.selfManager', { fields: [{ path: 'managerId', message: 'self' }] });
    case 'LAST_ADMIN':
      return new DomainError('UNPROCESSABLE', 'people.errors.lastAdmin', { fields: [{ path: 'roles', message: 'last admin' }] });
    case 'NO_ROLES':
      return new DomainError('VALIDATION', 'people.errors.noRoles', { fields: [{ path: 'roles', message: 'required' }] });
  }
}

export function passwordError(e: PasswordError, field = 'password'): DomainError {
  const key = e.code === 'TOO_SHORT' ? 'tooShort' : e.code === 'TOO_LONG' ? 'tooLong' : 'tooGuessable';
  const params: Record<string, number> =
    e.code === 'TOO_SHORT' ? { min: e.min } : e.code === 'TOO_LONG' ? { max: e.max } : { score: e.score, min: e.min };
  return new DomainError('UNPROCESSABLE', `people.errors.password.${key}`, {
    params: params,
    details: { code: e.code },
    fields: [{ path: field, message: e.code }],
  });
}

export const emailTaken = (email: string, existingId: string) =>
  new DomainError('CONFLICT', 'people.errors.emailTaken', {
    params: { email },
    details: { id: existingId, email },
    fields: [{ path: 'email', message: 'taken' }],
  });

/** What checkUser needs about the rest of the firm: the manager chain and the other admins. */
export async function userRuleContext(tx: Db, userId: string | null, managerId: string | null) {
  const managerOf = managerId ? await managerChain(tx, managerId) : new Map<string, string | null>();
  const otherActiveAdmins = userId ? await countOtherActiveAdmins(tx, userId) : 0;
  return { managerOf, otherActiveAdmins };
}

/** A referenced manager / team must exist (and be active) — else a field error, not a 500. */
export async function checkRefs(tx: Db, input: { managerId?: string | null; teamId?: string | null }) {
  if (input.managerId) {
    const m = await getUserIdentity(tx, input.managerId);
    if (!m || m.disabledAt)
      throw new DomainError('UNPROCESSABLE', 'people.errors.unknownManager', { fields: [{ path: 'managerId', message: 'unknown' }] });
  }
  if (input.teamId) {
    const t = await getTeam(tx, input.teamId);
    if (!t || !t.active)
      throw new DomainError('UNPROCESSABLE', 'people.errors.unknownTeam', { fields: [{ path: 'teamId', message: 'unknown' }] });
  }
}
