import 'server-only';
import type { Db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { insertUser } from '@/lib/db/queries/users';

export { listUsersWithRoles as listUsers } from '@/lib/db/queries/users';

/** The documented way a new deployment gets its first admin (scripts/create-admin.ts). */
export async function createAdminUser(db: Db, input: { email: string; name: string; password: string }) {
  const user = await insertUser(db, {
    email: input.email.trim().toLowerCase(),
    name: input.name,
    passwordHash: await hashPassword(input.password),
    roles: ['ADMIN'],
  });
  return { id: user.id, email: user.email };
}
