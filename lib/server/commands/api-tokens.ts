import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { hashToken, newSecretToken } from '../api-auth';
import { audit, auditChange } from '../audit';
import { notFound } from '../errors';
import { assertCan } from '@/lib/server/authorize';
import { insertApiToken, listUserApiTokens, revokeUserApiTokens } from '@/lib/db/queries/api-tokens';

/** Issue a personal API token; the secret is returned once and only its hash is stored. */
export async function issueApiToken(db: Db, userId: string, name: string) {
  const token = newSecretToken('tl');
  const row = await insertApiToken(db, { userId, name, tokenHash: hashToken(token) });
  await audit(db, { actorId: userId, action: 'api_token.issue', entityType: 'ApiToken', entityId: row.id, after: { name } });
  return { token, id: row.id, name: row.name, createdAt: row.createdAt };
}

export async function listApiTokens(db: Db, session: AppSession) {
  assertCan(session, 'token:manage');
  return listUserApiTokens(db, session.userId);
}

/** Revoke one of the caller's own tokens ("not found" and "not yours" look the same). */
export async function revokeApiToken(db: Db, session: AppSession, id: string) {
  assertCan(session, 'token:manage');
  if ((await revokeUserApiTokens(db, session.userId, id)) === 0) throw notFound();
  await auditChange(db, session, 'api_token.revoke', 'ApiToken', id);
}
