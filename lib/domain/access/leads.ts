// Record-level access to leads (SPEC §1): a lead is owned by the rep it is assigned to, or by
// nobody yet. Marketers and admins work every lead; a manager reads every lead and changes the
// unassigned ones, their own and their team's; a rep reads and changes only the leads assigned to
// them, and may name only themself as a lead's owner. The query side is lib/db/access.ts
// (writableLeadWhere) and the inbox's SQL (LeadScope in lib/db/queries/leads.ts).

import type { Actor } from './index';

const READS_ALL = ['ADMIN', 'MARKETER', 'SALES_MANAGER', 'EXECUTIVE'];
const WRITES_ALL = ['ADMIN', 'MARKETER'];
const ASSIGNS_ANYONE = ['ADMIN', 'MARKETER', 'SALES_MANAGER'];

const hasAny = (actor: Actor, roles: readonly string[]) => actor.roles.some((r) => roles.includes(r));

export type LeadReadScope = { kind: 'all' } | { kind: 'assignedTo'; userId: string };
export type LeadWriteScope = { kind: 'all' } | { kind: 'unassignedOrTeamOf'; managerId: string } | { kind: 'assignedTo'; userId: string };

export function leadReadScope(actor: Actor): LeadReadScope {
  return hasAny(actor, READS_ALL) ? { kind: 'all' } : { kind: 'assignedTo', userId: actor.userId };
}

export function leadWriteScope(actor: Actor): LeadWriteScope {
  if (hasAny(actor, WRITES_ALL)) return { kind: 'all' };
  if (actor.roles.includes('SALES_MANAGER')) return { kind: 'unassignedOrTeamOf', managerId: actor.userId };
  return { kind: 'assignedTo', userId: actor.userId };
}

/** Whether the actor may make `ownerId` a lead's owner (a rep only themself). */
export function mayAssignLeadTo(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ASSIGNS_ANYONE) || ownerId === actor.userId;
}
