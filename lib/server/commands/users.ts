import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';

export async function listUsers(db: Db) {
  return db.user.findMany({
    select: { id: true, email: true, name: true, roles: true, vrbDomains: true, disabledAt: true, managerId: true },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
}

/** The documented way a new deployment gets its first admin (scripts/create-admin.ts). */
export async function createAdminUser(db: Db, input: { email: string; name: string; password: string }) {
  return db.user.create({
    data: { email: input.email.trim().toLowerCase(), name: input.name, passwordHash: await hashPassword(input.password), roles: ['ADMIN'] },
    select: { id: true, email: true },
  });
}
