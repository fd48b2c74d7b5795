import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { hashToken, newSecretToken } from '../api-auth';
import { audit } from '../audit';
import { notFound } from '../errors';
import { assertCan } from '@/lib/server/authorize';

/** Issue a personal API token; the secret is returned once and only its hash is stored. */
export async function issueApiToken(db: Db, userId: string, name: string) {
  const token = newSecretToken('tl');
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token) },
    select: { id: true, name: true, createdAt: true },
  });
  await audit(db, { actorId: userId, action: 'api_token.issue', entityType: 'ApiToken', entityId: row.id, after: { name } });
  return { token, id: row.id, name: row.name, createdAt: row.createdAt };
}

export async function listApiTokens(db: Db, session: AppSession) {
  assertCan(session, 'token:manage');
  return db.apiToken.findMany({
    where: { userId: session.userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

/** Revoke one of the caller's own tokens ("not found" and "not yours" look the same). */
export async function revokeApiToken(db: Db, session: AppSession, id: string) {
  assertCan(session, 'token:manage');
  const { count } = await db.apiToken.updateMany({
    where: { id, userId: session.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound();
  await audit(db, { actorId: session.userId, action: 'api_token.revoke', entityType: 'ApiToken', entityId: id });
}
