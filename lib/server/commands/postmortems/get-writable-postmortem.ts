import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { editableWhere } from '@/lib/db/queries/opportunities';
import { RECORD, serializePostmortem } from './record';

/** The postmortem of an opportunity the user may write for, with the opportunity; null → 404. */
export async function getWritablePostmortem(db: Db, session: AppSession, opportunityId: string) {
  const opp = await db.opportunity.findFirst({
    where: { id: opportunityId, ...editableWhere(session) },
    select: {
      id: true,
      name: true,
      tier: true,
      outcome: true,
      accountId: true,
      businessCategoryId: true,
      lostToCompetitorId: true,
      account: { select: { name: true } },
    },
  });
  if (!opp) return null;
  const pm = await db.postmortem.findUnique({ where: { opportunityId }, select: RECORD });
  return { opportunity: opp, postmortem: pm ? serializePostmortem(pm) : null };
}
