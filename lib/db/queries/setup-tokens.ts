import 'server-only';
import type { Db } from '@/lib/db/client';

// One-time setup links (UserSetupToken): only the SHA-256 of each token is stored. Issuing links
// voids each user's earlier unused ones (the newest link is the only one that works); set-wise,
// so a whole imported firm gets its links in two statements.

export async function replaceSetupTokens(
  db: Db,
  tokens: readonly { userId: string; tokenHash: string }[],
  expiresAt: Date,
  actorId: string | null,
  now: Date,
): Promise<void> {
  if (!tokens.length) return;
  const userIds = tokens.map((t) => t.userId);
  await db.$executeRaw`UPDATE "UserSetupToken" SET "usedAt" = ${now} WHERE "userId" = ANY(${userIds}::uuid[]) AND "usedAt" IS NULL`;
  await db.$executeRaw`
    INSERT INTO "UserSetupToken" ("userId", "tokenHash", "expiresAt", "createdById", "createdAt")
    SELECT u, h, ${expiresAt}, ${actorId}::uuid, ${now} FROM unnest(${userIds}::uuid[], ${tokens.map((t) => t.tokenHash)}::text[]) AS x(u, h)`;
}

/**
 * The people a finished people import created (its audit row lists their emails), still enabled,
 * in file order of their names.
 */
export async function peopleCreatedByImport(db: Db, batchId: string): Promise<{ id: string; name: string; email: string }[]> {
  const row = await db.auditLog.findFirst({
    where: { action: 'user.import', entityType: 'ImportBatch', entityId: batchId },
    select: { after: true },
  });
  const emails = ((row?.after as { created?: unknown } | null)?.created ?? []) as unknown[];
  const list = emails.filter((e): e is string => typeof e === 'string');
  if (!list.length) return [];
  const users = await db.user.findMany({
    where: { email: { in: list }, disabledAt: null },
    select: { id: true, name: true, email: true },
  });
  const order = new Map(list.map((e, i) => [e, i]));
  return users.sort((a, b) => (order.get(a.email) ?? 0) - (order.get(b.email) ?? 0));
}

/** A setup link by its token's hash, with its person (the public /setup page, before the form). */
export function findSetupToken(db: Db, tokenHash: string) {
  return db.userSetupToken.findUnique({
    where: { tokenHash },
    select: { expiresAt: true, usedAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
  });
}

/** The same row locked for the rest of the transaction (single use), or undefined. */
export async function lockSetupToken(db: Db, tokenHash: string) {
  const [row] = await db.$queryRaw<{ id: string; userId: string; expiresAt: Date; usedAt: Date | null }[]>`
    SELECT id, "userId", "expiresAt", "usedAt" FROM "UserSetupToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  return row;
}

export async function markSetupTokenUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.userSetupToken.update({ where: { id }, data: { usedAt: now } });
}
