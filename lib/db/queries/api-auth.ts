import 'server-only';
import type { Db } from '@/lib/db/client';

// Bearer tokens as the API wrapper reads them (lib/server/api-auth.ts): by hash, never the token.

/** The token stored under this hash (revoked ones included: the caller refuses them). */
export function findApiTokenByHash(db: Db, tokenHash: string) {
  return db.apiToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
}

/** Stamp the token's last use (informational; the caller writes it at most once a minute). */
export async function markApiTokenUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
}
