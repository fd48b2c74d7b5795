import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { verifyPassword, hashPassword } from '@/lib/auth/password';
import { SESSION_MAX_AGE_S } from '@/lib/auth/config';
import { DomainError } from '../errors';
import { backoffWait, clearRateLimit, hitRateLimit, isRemembered, peekRateLimit, recordBackoffFailure, rememberKey } from '../rate-limit';
import { audit } from '../audit';
import { getUserCredentials } from '@/lib/db/queries/users';
import { deleteSessionByToken, insertSession } from '@/lib/db/queries/sessions';

// Sign-in throttling (ADR 014, OWASP ASVS V2.2.1): slow an attacker without locking out the
// real user.
//  - per (account, address) pair: 5 free failures, then an exponential wait 1 s, 2 s, 4 s … ≤ 15 min;
//  - per address (every account): 50 attempts per 15 min (credential stuffing from one host);
//  - per account (every address): 50 failures per 15 min — but never against an address that has
//    signed in to this account before (remembered 90 days), so a distributed guesser cannot lock
//    the real user out of the places they sign in from.
export const LOGIN_LIMIT = {
  pairFree: 5,
  pairMaxWaitS: 15 * 60,
  pairForgetS: 24 * 60 * 60,
  perIp: 50,
  perAccount: 50,
  windowS: 15 * 60,
  knownAddressS: 90 * 24 * 60 * 60,
};

// A fixed hash so an unknown email costs the same time as a wrong password.
let dummyHash: Promise<string> | null = null;

const rateLimited = (waitS: number) =>
  new DomainError('RATE_LIMITED', 'loginRateLimited', {
    params: { minutes: Math.max(1, Math.ceil(waitS / 60)) },
    details: { retryAfterSeconds: Math.max(1, waitS) },
  });

/** Check email + password under the throttles above. `ip` is the client address (lib/server/client-address). */
export async function verifyCredentials(db: Db, input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  const pairKey = `login-pair:${email}|${input.ip}`;
  const accountKey = `login:${email}`;
  const knownKey = `login-known:${email}|${input.ip}`;

  const byIp = await hitRateLimit(db, `login-ip:${input.ip}`, LOGIN_LIMIT.perIp, LOGIN_LIMIT.windowS);
  if (!byIp.allowed) throw rateLimited(Math.ceil((byIp.resetAt.getTime() - Date.now()) / 1000));
  const pair = await backoffWait(db, pairKey);
  if (pair.waitS > 0) throw rateLimited(pair.waitS);
  if ((await peekRateLimit(db, accountKey)) >= LOGIN_LIMIT.perAccount && !(await isRemembered(db, knownKey))) {
    throw rateLimited(LOGIN_LIMIT.windowS);
  }

  const user = await getUserCredentials(db, { email });
  const isValid = user
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await (dummyHash ??= hashPassword('not-a-password'))), false);
  if (!user || !isValid) {
    await recordBackoffFailure(db, pairKey, {
      free: LOGIN_LIMIT.pairFree,
      maxS: LOGIN_LIMIT.pairMaxWaitS,
      forgetS: LOGIN_LIMIT.pairForgetS,
    });
    await hitRateLimit(db, accountKey, Number.MAX_SAFE_INTEGER, LOGIN_LIMIT.windowS); // counts failures only
    throw new DomainError('UNAUTHENTICATED', 'invalidCredentials');
  }
  if (user.disabledAt) throw new DomainError('FORBIDDEN', 'userDisabled');
  await clearRateLimit(db, pairKey);
  await rememberKey(db, knownKey, LOGIN_LIMIT.knownAddressS);
  return { userId: user.id };
}

/** Create a database session row; the caller sets its token as the session cookie. */
export async function createSession(db: Db, userId: string) {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await insertSession(db, { sessionToken, userId, expires });
  await audit(db, { actorId: userId, action: 'auth.sign_in', entityType: 'User', entityId: userId });
  return { sessionToken, expires };
}

export async function deleteSession(db: Db, sessionToken: string) {
  await deleteSessionByToken(db, sessionToken);
}
