import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { checkUser } from '@/lib/domain/people';
import { findUserIdByEmail, getUserForAdmin, lockUser, updateUserAtVersion, USER_ADMIN_SELECT } from '@/lib/db/queries/users';
import { endUserSessions } from '@/lib/db/queries/sessions';
import { revokeUserApiTokens } from '@/lib/db/queries/api-tokens';
import type { UpdateUserInput } from '@/lib/validation/users';
import { auditChange } from '../../audit';
import { conflict, DomainError, notFound } from '../../errors';
import { checkRefs, emailTaken, requirePermission, userRuleContext, userRuleError } from './shared';

/**
 * An admin edits a person (name, email, roles, team, manager, VRB domains, disabled): row locked,
 * rules checked against the firm (cycle, last admin), compare-and-set on version, one audit row
 * with the changed fields. Disabling ends the person's sessions and revokes their API tokens.
 */
export async function updateUser(db: DbClient, session: AppSession, userId: string, input: UpdateUserInput) {
  requirePermission(session, 'users:manage');
  if (userId === session.userId && input.disabled === true) throw new DomainError('UNPROCESSABLE', 'cannotDisableSelf');
  if (input.email) input = { ...input, email: input.email.trim().toLowerCase() };
  return db.$transaction(async (tx) => {
    if (!(await lockUser(tx, userId))) throw notFound();
    const before = (await getUserForAdmin(tx, userId))!;
    if (before.version !== input.version) throw conflict(before);
    if (input.email && input.email !== before.email) {
      const other = await findUserIdByEmail(tx, input.email);
      if (other) throw emailTaken(input.email, other.id);
    }
    const next = {
      roles: input.roles ?? before.roles,
      vrbDomains: input.vrbDomains ?? (input.roles && !input.roles.includes('VRB_MEMBER') ? [] : before.vrbDomains),
      managerId: input.managerId === undefined ? before.managerId : input.managerId,
    };
    await checkRefs(tx, {
      managerId: next.managerId !== before.managerId ? next.managerId : undefined,
      teamId: input.teamId !== undefined && input.teamId !== before.teamId ? input.teamId : undefined,
    });
    // disabling an admin counts as removing one
    const losingAdmin = input.disabled === true && before.roles.includes('ADMIN');
    const ctx = await userRuleContext(tx, userId, next.managerId !== before.managerId ? next.managerId : null);
    const rule = checkUser(userId, before, next, ctx);
    if (!rule.ok) throw userRuleError(rule.error);
    if (losingAdmin && !before.disabledAt && ctx.otherActiveAdmins === 0) throw userRuleError({ code: 'LAST_ADMIN' });
    const disabledAt = input.disabled === undefined ? before.disabledAt : input.disabled ? (before.disabledAt ?? new Date()) : null;
    const written = await updateUserAtVersion(tx, userId, before.version, {
      name: input.name ?? before.name,
      email: input.email ?? before.email,
      roles: next.roles,
      vrbDomains: next.vrbDomains,
      managerId: next.managerId,
      teamId: input.teamId === undefined ? before.teamId : input.teamId,
      disabledAt,
    });
    if (!written) throw conflict(await getUserForAdmin(tx, userId));
    if (disabledAt && !before.disabledAt) {
      await endUserSessions(tx, userId);
      await revokeUserApiTokens(tx, userId);
    }
    const after = (await getUserForAdmin(tx, userId))!;
    const changed = (Object.keys(USER_ADMIN_SELECT) as (keyof typeof before)[]).filter(
      (k) => !['updatedAt', 'version', 'createdAt'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    await auditChange(tx, session, 'user.update', 'User', userId, {
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
}
