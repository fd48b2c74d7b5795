import 'server-only';
import type { Db } from '@/lib/db/client';

// Database sessions (docs/decisions/004): the row is the session; deleting it signs the person out at once.

export async function insertSession(db: Db, session: { sessionToken: string; userId: string; expires: Date }): Promise<void> {
  await db.session.create({ data: session });
}

export async function deleteSessionByToken(db: Db, sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** End every session of the person (but the one with `exceptToken`, when given); how many ended. */
export async function endUserSessions(db: Db, userId: string, exceptToken?: string | null): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(exceptToken ? { sessionToken: { not: exceptToken } } : {}) } });
  return count;
}
