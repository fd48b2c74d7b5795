import 'server-only';
import type { Db } from '@/lib/db/client';
import { editableOpportunityWhere } from '@/lib/db/access';
import type { Actor } from '@/lib/domain/access';
import { lockOpportunity } from './bids';

/**
 * The first step of a command that changes what hangs off a deal (its VRB economics and reviews,
 * its receivables schedule): the opportunity if the actor may edit it (lib/db/access; `unscoped` for
 * the roles that act on every deal), then locked FOR UPDATE until the transaction ends, so the
 * checks and the write that follow cannot interleave with another writer's. null when it is not
 * one the actor may change: the caller answers 403 or 404 (lib/server/commands/refusal.ts).
 */
export async function lockEditableOpportunity(db: Db, actor: Actor, id: string, opts: { unscoped?: boolean } = {}) {
  const opp = await db.opportunity.findFirst({
    where: { id, ...(opts.unscoped ? {} : editableOpportunityWhere(actor)) },
    select: { id: true, tier: true },
  });
  if (!opp) return null;
  await lockOpportunity(db, opp.id);
  return opp;
}
