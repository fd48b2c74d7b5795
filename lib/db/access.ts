import 'server-only';
import { Prisma } from '@/lib/db/generated/client';
import type { Db } from '@/lib/db/client';
import { editScope, ownDealsScope, type Actor, type EditScope } from '@/lib/domain/access';
import { leadWriteScope } from '@/lib/domain/access/leads';

// The query side of lib/domain/access: the same EditScope rendered as a Prisma where (for an
// Opportunity, or any relation that reaches one) and as an SQL fragment over an opportunity alias
// joined to its owner. Every command that loads a record to change it goes through one of these.

function whereFor(scope: EditScope): Prisma.OpportunityWhereInput {
  if (scope.kind === 'all') return {};
  return { OR: [{ ownerId: scope.userId }, { owner: { managerId: scope.userId } }] };
}

/** Prisma where for opportunities the actor may edit ({} for admins). */
export function editableOpportunityWhere(actor: Actor): Prisma.OpportunityWhereInput {
  return whereFor(editScope(actor));
}

/** Prisma where for the deals a person's own lists show (lib/domain/access ownDealsScope: executives and admins all). */
export function ownOpportunityWhere(actor: Actor): Prisma.OpportunityWhereInput {
  return whereFor(ownDealsScope(actor));
}

/**
 * SQL fragment for the same scope. `opp` is the opportunity's alias, `owner` the alias of its
 * owner's "User" row (the caller joins it).
 */
export function editableOpportunitySql(actor: Actor | null, opp = 'o', owner = 'u'): Prisma.Sql {
  if (!actor) return Prisma.sql`TRUE`;
  const scope = editScope(actor);
  if (scope.kind === 'all') return Prisma.sql`TRUE`;
  return Prisma.sql`(${Prisma.raw(`${opp}."ownerId"`)} = ${scope.userId}::uuid OR ${Prisma.raw(`${owner}."managerId"`)} = ${scope.userId}::uuid)`;
}

/** Prisma where of the leads the actor may change (lib/domain/access/leads.ts); a manager's team is read once. */
export async function writableLeadWhere(db: Db, actor: Actor): Promise<Prisma.LeadWhereInput> {
  const scope = leadWriteScope(actor);
  if (scope.kind === 'all') return {};
  if (scope.kind === 'assignedTo') return { ownerId: scope.userId };
  const team = await db.user.findMany({ where: { managerId: scope.managerId }, select: { id: true } });
  return { OR: [{ ownerId: null }, { ownerId: { in: [scope.managerId, ...team.map((t) => t.id)] } }] };
}
