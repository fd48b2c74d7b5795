// Record-level access: who may read and who may edit a record owned by a sales rep.
// The one definition of "admin, the owner, or the owner's manager" (SPEC "Who uses it"). Pages
// use mayEdit() for their "may I" flags; commands load rows through the query-side scope built
// from the same definition (lib/db/access.ts: a Prisma where and an SQL fragment), so "not
// found" and "not yours" look the same to a caller.

export type Actor = { userId: string; roles: readonly string[] };

/** A record owned by a rep: an opportunity, or anything hanging off one (review, milestone…). */
export type OwnedRecord = { ownerId: string; ownerManagerId: string | null };

/**
 * The edit scope as data: either every record, or the records whose owner is the actor or whose
 * owner's manager is the actor. Both the Prisma where and the SQL fragment are generated from it.
 */
export type EditScope = { kind: 'all' } | { kind: 'ownerOrManagedBy'; userId: string };

export function editScope(actor: Actor): EditScope {
  return actor.roles.includes('ADMIN') ? { kind: 'all' } : { kind: 'ownerOrManagedBy', userId: actor.userId };
}

/** Whether the record is inside the scope (the pure counterpart of the query-side scope). */
export function inScope(scope: EditScope, record: OwnedRecord): boolean {
  if (scope.kind === 'all') return true;
  return record.ownerId === scope.userId || record.ownerManagerId === scope.userId;
}

export function mayEdit(actor: Actor, record: OwnedRecord): boolean {
  return inScope(editScope(actor), record);
}

/**
 * The deals a person's own lists show as theirs (the dashboard's bid deadlines): executives and
 * admins every deal; everyone else their own and, for a manager, their team's (the deals whose
 * owner reports to them) — the edit scope's "owner or managed by", widened for executives, who
 * oversee the whole pipeline but edit none of it.
 */
export function ownDealsScope(actor: Actor): EditScope {
  return actor.roles.includes('EXECUTIVE') ? { kind: 'all' } : editScope(actor);
}

/** The VRB chair (and admins, who edit every deal) schedule a review for any deal, not only their team's. */
export function schedulesAnyVrbReview(actor: Actor): boolean {
  return actor.roles.includes('VRB_CHAIR') || editScope(actor).kind === 'all';
}

/** Everyone signed in reads the pipeline (SPEC "Who uses it"): reading is never scoped by owner. */
export function mayRead(_actor: Actor, _record: OwnedRecord): boolean {
  return true;
}
