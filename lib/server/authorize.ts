import type { AppSession } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { forbidden } from './errors';

// Role checks (ADR 011): the wrapper (defineAction / apiRoute) refuses a role before parsing the
// caller's input, and every command asserts the same permission again as its first line, so a
// command called directly (a job, a script, another command) is never less safe than its route.
// Record-level scope (whose deal) is not here: it is the command's scoped load (lib/db/access.ts).

/** Throws FORBIDDEN unless one of the session's roles grants the permission. */
export function assertCan(session: Pick<AppSession, 'roles'>, permission: Permission): void {
  if (!can(session.roles, permission)) throw forbidden();
}
