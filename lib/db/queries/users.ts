import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/messages';

// Users as the pages see them: pickers, the sign-in page's demo hint, the saved UI language.

/** Every enabled user, by name (attendee pickers). */
export function listActiveUserOptions(db: Db) {
  return db.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

/** Enabled reps and managers (the board's owner filter), with their roles. */
export function listSalesUserOptions(db: Db) {
  return db.user.findMany({
    where: { disabledAt: null, roles: { hasSome: ['SALES_REP', 'SALES_MANAGER'] } },
    select: { id: true, name: true, roles: true },
    orderBy: { name: 'asc' },
  });
}

export async function userExistsWithEmail(db: Db, email: string): Promise<boolean> {
  return !!(await db.user.findUnique({ where: { email }, select: { id: true } }));
}

/** The user's own saved UI language. */
export async function saveUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
