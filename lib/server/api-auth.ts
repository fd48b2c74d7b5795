import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { findApiTokenByHash, markApiTokenUsed } from '@/lib/db/queries/api-auth';
import { loadAppSession, type AppSession } from '@/lib/auth/session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newSecretToken = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Resolve `Authorization: Bearer <token>` to its user; null when missing, unknown or revoked. */
export async function sessionFromBearer(db: Db, header: string | null): Promise<AppSession | null> {
  const m = header?.match(/^Bearer\s+(\S+)$/i);
  if (!m) return null;
  const row = await findApiTokenByHash(db, hashToken(m[1]!));
  if (!row || row.revokedAt) return null;
  // lastUsedAt is informational: write it at most once a minute per token
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await markApiTokenUsed(db, row.id, new Date());
  }
  return loadAppSession(row.userId);
}
