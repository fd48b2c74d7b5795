import 'server-only';
import { notFound } from 'next/navigation';
import { requireSession } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';

/** The signed-in user, if they hold every permission (everyone does today); otherwise a 404. */
export async function requireReader(...permissions: Permission[]) {
  const session = await requireSession();
  if (!permissions.every((p) => can(session.roles, p))) notFound();
  return session;
}
