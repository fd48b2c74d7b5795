import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '../audit';
import { DomainError, notFound } from '../errors';
import { assertCan } from '@/lib/server/authorize';

export async function listUsers(db: Db) {
  return db.user.findMany({
    select: { id: true, email: true, name: true, roles: true, vrbDomains: true, disabledAt: true, managerId: true },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
}

/** Disable (ends every session at once) or re-enable a user. An admin cannot disable themself. */
export async function setUserDisabled(db: DbClient, session: AppSession, input: { userId: string; disabled: boolean }) {
  assertCan(session, 'users:manage');
  if (input.userId === session.userId && input.disabled) throw new DomainError('UNPROCESSABLE', 'cannotDisableSelf');
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { disabledAt: true } });
    if (!before) throw notFound();
    await tx.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } });
    if (input.disabled) {
      await tx.session.deleteMany({ where: { userId: input.userId } });
      await tx.apiToken.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await audit(tx, {
      actorId: session.userId,
      action: input.disabled ? 'user.disable' : 'user.enable',
      entityType: 'User',
      entityId: input.userId,
    });
  });
}

export async function setUserRoles(db: DbClient, session: AppSession, input: { userId: string; roles: Role[] }) {
  assertCan(session, 'users:manage');
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { roles: true } });
    if (!before) throw notFound();
    if (input.userId === session.userId && !input.roles.includes('ADMIN')) throw new DomainError('UNPROCESSABLE', 'cannotDropOwnAdmin');
    await tx.user.update({ where: { id: input.userId }, data: { roles: input.roles } });
    await audit(tx, {
      actorId: session.userId,
      action: 'user.roles',
      entityType: 'User',
      entityId: input.userId,
      before: before.roles,
      after: input.roles,
    });
  });
}

/** The documented way a new deployment gets its first admin (scripts/create-admin.ts). */
export async function createAdminUser(db: Db, input: { email: string; name: string; password: string }) {
  return db.user.create({
    data: { email: input.email.trim().toLowerCase(), name: input.name, passwordHash: await hashPassword(input.password), roles: ['ADMIN'] },
    select: { id: true, email: true },
  });
}
