import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Actor } from '@/lib/domain/access';
import { leadReadScope } from '@/lib/domain/access/leads';
import { isUuid } from './accounts';

// "Does this record exist?" for every kind a command loads through an edit scope. Everyone
// signed in reads the pipeline and what hangs off it (lib/domain/access mayRead), so when the
// scoped load finds nothing, an existing record is a refusal ("권한이 없습니다", 403) and only a
// missing one is "not found" (404) — issue 14. Leads are the exception: a rep reads only the leads
// assigned to them (lib/domain/access/leads.ts), so a lead they cannot read stays a 404.
// Detail pages' layouts use the same answer before their loading state streams. Commands also ask
// it of the reference rows an input names (a category, a region, a competitor).

export type RecordKind =
  | 'opportunity'
  | 'account'
  | 'contact'
  | 'vrbReview'
  | 'finding'
  | 'postmortem'
  | 'actionItem'
  | 'milestone'
  | 'tierReview'
  | 'competitor'
  | 'expert'
  | 'businessCategory'
  | 'salesRegion';

export async function recordExists(db: Db, kind: RecordKind, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const where = { where: { id } };
  switch (kind) {
    case 'opportunity':
      return (await db.opportunity.count(where)) > 0;
    case 'account':
      return (await db.account.count(where)) > 0;
    case 'contact':
      return (await db.contact.count({ where: { id, deletedAt: null } })) > 0;
    case 'vrbReview':
      return (await db.vrbReview.count(where)) > 0;
    case 'finding':
      return (await db.vrbFinding.count(where)) > 0;
    case 'postmortem':
      return (await db.postmortem.count(where)) > 0;
    case 'actionItem':
      return (await db.actionItem.count(where)) > 0;
    case 'milestone':
      return (await db.paymentMilestone.count(where)) > 0;
    case 'tierReview':
      return (await db.tierReview.count(where)) > 0;
    case 'competitor':
      return (await db.competitor.count(where)) > 0;
    case 'expert':
      return (await db.expert.count(where)) > 0;
    case 'businessCategory':
      return (await db.businessCategory.count(where)) > 0;
    case 'salesRegion':
      return (await db.salesRegion.count(where)) > 0;
  }
}

/** Whether the lead exists and the actor may read it (a rep: only the leads assigned to them). */
export async function leadReadable(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const scope = leadReadScope(actor);
  const where = scope.kind === 'all' ? { id } : { id, ownerId: scope.userId };
  return (await db.lead.count({ where })) > 0;
}
