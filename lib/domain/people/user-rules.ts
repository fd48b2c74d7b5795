import { err, ok, type Result } from '../result';

// Rules on a user's roles, manager and VRB domains (create, edit, import). Pure.

export type UserShape = {
  roles: readonly string[];
  vrbDomains: readonly string[];
  managerId: string | null;
};

export type UserRuleError =
  | { code: 'SELF_MANAGER' }
  | { code: 'MANAGER_CYCLE'; chain: string[] }
  | { code: 'DOMAINS_NEED_VRB_MEMBER' }
  | { code: 'LAST_ADMIN' }
  | { code: 'NO_ROLES' };

/**
 * Would making `managerId` the manager of `userId` close a loop? Walk up from the new manager
 * through `managerOf` (everyone's current manager); reaching `userId` is a cycle.
 * Returns the chain from the new manager up to the user when it is a cycle, else null.
 */
export function managerCycle(userId: string, managerId: string | null, managerOf: ReadonlyMap<string, string | null>): string[] | null {
  if (!managerId) return null;
  const chain: string[] = [];
  const seen = new Set<string>();
  let cur: string | null = managerId;
  while (cur) {
    chain.push(cur);
    if (cur === userId) return chain;
    if (seen.has(cur)) return null; // an existing loop elsewhere does not involve this user
    seen.add(cur);
    cur = managerOf.get(cur) ?? null;
  }
  return null;
}

/**
 * Check a user's next state. `userId` is null for a new user (no cycle possible: nobody reports
 * to them yet). `otherActiveAdmins` counts active admins other than this user.
 */
export function checkUser(
  userId: string | null,
  before: UserShape | null,
  next: UserShape,
  ctx: { managerOf: ReadonlyMap<string, string | null>; otherActiveAdmins: number },
): Result<UserShape, UserRuleError> {
  if (next.roles.length === 0) return err({ code: 'NO_ROLES' });
  if (next.vrbDomains.length > 0 && !next.roles.includes('VRB_MEMBER')) return err({ code: 'DOMAINS_NEED_VRB_MEMBER' });
  if (userId && next.managerId === userId) return err({ code: 'SELF_MANAGER' });
  if (userId) {
    const chain = managerCycle(userId, next.managerId, ctx.managerOf);
    if (chain) return err({ code: 'MANAGER_CYCLE', chain });
  }
  if (before?.roles.includes('ADMIN') && !next.roles.includes('ADMIN') && ctx.otherActiveAdmins === 0) return err({ code: 'LAST_ADMIN' });
  return ok(next);
}
