import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { issueSetupToken, requirePermission } from './shared';
import { getUserIdentity } from '@/lib/db/queries/users';

/**
 * "Reset password": a new one-time setup link for the person (shown once to the admin). The
 * current password keeps working until the link is used; earlier links stop working now.
 */
export async function resetPassword(db: DbClient, session: AppSession, userId: string) {
  requirePermission(session, 'users:manage');
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await getUserIdentity(tx, userId);
    if (!user) throw notFound();
    if (user.disabledAt) throw new DomainError('UNPROCESSABLE', 'people.errors.userDisabled');
    const setup = await issueSetupToken(tx, userId, session.userId, now);
    await auditChange(tx, session, 'user.setup_link', 'User', userId, {
      after: { expiresAt: setup.expiresAt },
    });
    return { setupPath: setup.path, setupExpiresAt: setup.expiresAt };
  });
}
