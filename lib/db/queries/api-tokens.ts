import 'server-only';
import type { Db } from '@/lib/db/client';

// Personal API tokens: only the hash of each secret is stored.

export function insertApiToken(db: Db, token: { userId: string; name: string; tokenHash: string }) {
  return db.apiToken.create({ data: token, select: { id: true, name: true, createdAt: true } });
}

/** The person's tokens, newest first (never the hash). */
export function listUserApiTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

/** Revoke the person's unrevoked tokens — `id` only, or all of them; how many were revoked. */
export async function revokeUserApiTokens(db: Db, userId: string, id?: string): Promise<number> {
  const { count } = await db.apiToken.updateMany({
    where: { userId, revokedAt: null, ...(id ? { id } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
