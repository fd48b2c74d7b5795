import 'server-only';
import { randomBytes } from 'node:crypto';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { hashPassword } from '@/lib/auth/password';
import { checkUser } from '@/lib/domain/people';
import { findUserIdByEmail, insertUser } from '@/lib/db/queries/users';
import type { CreateUserInput } from '@/lib/validation/users';
import { auditChange } from '../../audit';
import { checkRefs, emailTaken, issueSetupToken, requirePermission, userRuleContext, userRuleError } from './shared';

/**
 * An admin creates a person: no password is chosen by anyone but them — the account gets an
 * unusable random password hash and a one-time setup link (returned once, never stored in clear).
 */
export async function createUser(db: DbClient, session: AppSession, input: CreateUserInput) {
  requirePermission(session, 'users:manage');
  const now = new Date();
  input = { ...input, email: input.email.trim().toLowerCase() };
  const next = { roles: input.roles, vrbDomains: input.vrbDomains ?? [], managerId: input.managerId ?? null };
  // an unguessable placeholder: nobody knows it, so the account cannot sign in before setup
  const placeholderHash = await hashPassword(randomBytes(32).toString('base64url'));
  return db.$transaction(async (tx) => {
    const existing = await findUserIdByEmail(tx, input.email);
    if (existing) throw emailTaken(input.email, existing.id);
    await checkRefs(tx, input);
    const rule = checkUser(null, null, next, await userRuleContext(tx, null, next.managerId));
    if (!rule.ok) throw userRuleError(rule.error);
    const user = await insertUser(tx, {
      email: input.email,
      name: input.name,
      passwordHash: placeholderHash,
      roles: next.roles,
      vrbDomains: next.vrbDomains,
      managerId: next.managerId,
      teamId: input.teamId ?? null,
    });
    const setup = await issueSetupToken(tx, user.id, session.userId, now);
    await auditChange(tx, session, 'user.create', 'User', user.id, {
      after: {
        email: user.email,
        name: user.name,
        roles: user.roles,
        vrbDomains: user.vrbDomains,
        managerId: user.managerId,
        teamId: user.teamId,
      },
    });
    return { user, setupPath: setup.path, setupExpiresAt: setup.expiresAt };
  });
}
