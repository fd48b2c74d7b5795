import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { checkPassword, personalWords } from '@/lib/domain/people';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { hitRateLimit } from '../../rate-limit';
import { passwordError } from './shared';
import { getUserCredentials, setUserPassword } from '@/lib/db/queries/users';
import { endUserSessions } from '@/lib/db/queries/sessions';

/**
 * A signed-in person changes their own password: the current one is required (rate limited like
 * sign-in), the new one passes the rules, and every OTHER session of theirs ends (this one stays).
 */
export async function changePassword(
  db: DbClient,
  session: AppSession,
  input: { currentPassword: string; newPassword: string; confirm: string },
  currentSessionToken: string | null,
) {
  const limit = await hitRateLimit(db, `pwchange:${session.userId}`, 10, 15 * 60);
  if (!limit.allowed) throw new DomainError('RATE_LIMITED', 'rateLimited');
  const user = await getUserCredentials(db, { id: session.userId });
  if (!user) throw notFound();
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new DomainError('UNPROCESSABLE', 'people.errors.password.currentWrong', {
      fields: [{ path: 'currentPassword', message: 'wrong' }],
    });
  if (input.newPassword !== input.confirm)
    throw new DomainError('UNPROCESSABLE', 'people.errors.password.mismatch', { fields: [{ path: 'confirm', message: 'mismatch' }] });
  if (input.newPassword === input.currentPassword)
    throw new DomainError('UNPROCESSABLE', 'people.errors.password.same', { fields: [{ path: 'newPassword', message: 'same' }] });
  const rule = checkPassword(input.newPassword, personalWords(user));
  if (!rule.ok) throw passwordError(rule.error, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // compare-and-set on the hash we verified: two concurrent changes cannot both win
    if (!(await setUserPassword(tx, user.id, passwordHash, user.passwordHash))) throw new DomainError('CONFLICT', 'conflict');
    const ended = await endUserSessions(tx, user.id, currentSessionToken);
    await audit(tx, {
      actorId: user.id,
      action: 'user.password_change',
      entityType: 'User',
      entityId: user.id,
      after: { endedSessions: ended },
    });
    return { endedSessions: ended };
  });
}
