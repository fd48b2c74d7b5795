import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
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

// People administration reads (Settings → 사용자, /api/v1/users, people import).

export const USER_ADMIN_SELECT = {
  id: true,
  email: true,
  name: true,
  roles: true,
  vrbDomains: true,
  managerId: true,
  teamId: true,
  disabledAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Every user with their team and manager names (a firm has hundreds, not millions). */
export async function listUsersForAdmin(db: Db) {
  return db.user.findMany({
    select: { ...USER_ADMIN_SELECT, team: { select: { id: true, name: true } }, manager: { select: { id: true, name: true } } },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }, { id: 'asc' }],
  });
}

export async function getUserForAdmin(db: Db, id: string) {
  return db.user.findUnique({ where: { id }, select: USER_ADMIN_SELECT });
}

export async function listTeams(db: Db) {
  return db.team.findMany({
    select: { id: true, name: true, active: true, _count: { select: { members: true } } },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
  });
}

/** The chain of managers above `managerId` (itself first), as id → managerId, in one query. */
export async function managerChain(db: Db, managerId: string): Promise<Map<string, string | null>> {
  const rows = await db.$queryRaw<{ id: string; managerId: string | null }[]>`
    WITH RECURSIVE up(id, "managerId", depth) AS (
      SELECT id, "managerId", 1 FROM "User" WHERE id = ${managerId}::uuid
      UNION ALL
      SELECT u.id, u."managerId", up.depth + 1 FROM "User" u JOIN up ON u.id = up."managerId" WHERE up.depth < 1000
    )
    SELECT id::text, "managerId"::text FROM up`;
  return new Map(rows.map((r) => [r.id, r.managerId]));
}

/** Active admins other than `userId`. */
export async function countOtherActiveAdmins(db: Db, userId: string) {
  return db.user.count({ where: { roles: { has: 'ADMIN' }, disabledAt: null, id: { not: userId } } });
}

export async function findUserIdByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
}

/** Managers who have a team (at least one enabled report), by name: the tier review's scope picker. */
export function listTeamManagers(db: Db) {
  return db.user.findMany({
    where: { disabledAt: null, reports: { some: { disabledAt: null } } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

/** Names of users by id (e.g. reps named in a review who have no item in it). */
export function userNamesByIds(db: Db, ids: readonly string[]) {
  return db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
}

/** Every user with roles and state, enabled first (the audit page's actor filter, the users export). */
export function listUsersWithRoles(db: Db) {
  return db.user.findMany({
    select: { id: true, email: true, name: true, roles: true, vrbDomains: true, disabledAt: true, managerId: true },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
}

/** Who a user is and whether they are disabled (a manager picked, a reset link, a setup link's owner). */
export function getUserIdentity(db: Db, id: string) {
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, disabledAt: true } });
}

/** The same with the password hash (the client omits it by default): sign-in and a password change. */
export function getUserCredentials(db: Db, by: { id: string } | { email: string }) {
  return db.user.findUnique({ where: by, select: { id: true, name: true, email: true, disabledAt: true, passwordHash: true } });
}

/** Locks the user row for the rest of the transaction; false when it does not exist. */
export async function lockUser(db: Db, id: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  return rows.length === 1;
}

export function insertUser(db: Db, data: Prisma.UserUncheckedCreateInput) {
  return db.user.create({ data, select: USER_ADMIN_SELECT });
}

/** Compare-and-set write of a user's fields (version + 1): false when the version moved on. */
export async function updateUserAtVersion(
  db: Db,
  id: string,
  version: number,
  data: Prisma.UserUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/**
 * A new password hash (version + 1). With `expectedHash`, compare-and-set on the hash the caller
 * verified, so two concurrent changes cannot both win; false when it no longer matches.
 */
export async function setUserPassword(db: Db, id: string, passwordHash: string, expectedHash?: string): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id, ...(expectedHash !== undefined ? { passwordHash: expectedHash } : {}) },
    data: { passwordHash, version: { increment: 1 } },
  });
  return count === 1;
}

/** A user who may own leads and deals: enabled, a sales rep or manager (with their manager, for the edit scope); null otherwise. */
export async function findActiveSalesUser(db: Db, id: string) {
  const u = await db.user.findUnique({ where: { id }, select: { id: true, roles: true, disabledAt: true, managerId: true } });
  return u && !u.disabledAt && u.roles.some((r) => r === 'SALES_REP' || r === 'SALES_MANAGER') ? u : null;
}
