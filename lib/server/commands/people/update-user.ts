import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { checkUser } from '@/lib/domain/people';
import { USER_ADMIN_SELECT } from '@/lib/db/queries/users';
import type { UpdateUserInput } from '@/lib/validation/users';
import { audit } from '../../audit';
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
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    if (!locked) throw notFound();
    const before = (await tx.user.findUnique({ where: { id: userId }, select: USER_ADMIN_SELECT }))!;
    if (before.version !== input.version) throw conflict(before);
    if (input.email && input.email !== before.email) {
      const other = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
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
    const { count } = await tx.user.updateMany({
      where: { id: userId, version: before.version },
      data: {
        name: input.name ?? before.name,
        email: input.email ?? before.email,
        roles: next.roles,
        vrbDomains: next.vrbDomains,
        managerId: next.managerId,
        teamId: input.teamId === undefined ? before.teamId : input.teamId,
        disabledAt,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(await tx.user.findUnique({ where: { id: userId }, select: USER_ADMIN_SELECT }));
    if (disabledAt && !before.disabledAt) {
      await tx.session.deleteMany({ where: { userId } });
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    const after = (await tx.user.findUnique({ where: { id: userId }, select: USER_ADMIN_SELECT }))!;
    const changed = (Object.keys(USER_ADMIN_SELECT) as (keyof typeof before)[]).filter(
      (k) => !['updatedAt', 'version', 'createdAt'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    await audit(tx, {
      actorId: session.userId,
      action: 'user.update',
      entityType: 'User',
      entityId: userId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  });
}
