import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { verifyPassword, hashPassword } from '@/lib/auth/password';
import { SESSION_MAX_AGE_S } from '@/lib/auth/config';
import { DomainError } from '../errors';
import { clearRateLimit, hitRateLimit } from '../rate-limit';
import { audit } from '../audit';

export const LOGIN_LIMIT = { perEmail: 10, perIp: 50, windowS: 15 * 60 };

// A fixed hash so an unknown email costs the same time as a wrong password.
let dummyHash: Promise<string> | null = null;

/** Check email + password with a rate limit per email and per client address. */
export async function verifyCredentials(db: Db, input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  const byEmail = await hitRateLimit(db, `login:${email}`, LOGIN_LIMIT.perEmail, LOGIN_LIMIT.windowS);
  const byIp = await hitRateLimit(db, `login-ip:${input.ip}`, LOGIN_LIMIT.perIp, LOGIN_LIMIT.windowS);
  if (!byEmail.allowed || !byIp.allowed) {
    const resetAt = Math.max(byEmail.resetAt.getTime(), byIp.resetAt.getTime());
    throw new DomainError('RATE_LIMITED', 'loginRateLimited', {
      params: { minutes: Math.max(1, Math.ceil((resetAt - Date.now()) / 60000)) },
    });
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  const isValid = user
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await (dummyHash ??= hashPassword('not-a-password'))), false);
  if (!user || !isValid) throw new DomainError('UNAUTHENTICATED', 'invalidCredentials');
  if (user.disabledAt) throw new DomainError('FORBIDDEN', 'userDisabled');
  await clearRateLimit(db, `login:${email}`);
  return { userId: user.id };
}

/** Create a database session row; the caller sets its token as the session cookie. */
export async function createSession(db: Db, userId: string) {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  await audit(db, { actorId: userId, action: 'auth.sign_in', entityType: 'User', entityId: userId });
  return { sessionToken, expires };
}

export async function deleteSession(db: Db, sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}
