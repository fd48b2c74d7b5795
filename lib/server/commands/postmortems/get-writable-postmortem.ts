import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { findPostmortemRecord, getWritableDeal } from '@/lib/db/queries/postmortem-writes';
import { serializePostmortem } from './record';

/** The postmortem of an opportunity the user may write for, with the opportunity; null → 404. */
export async function getWritablePostmortem(db: Db, session: AppSession, opportunityId: string) {
  const opp = await getWritableDeal(db, session, opportunityId);
  if (!opp) return null;
  const pm = await findPostmortemRecord(db, { opportunityId });
  return { opportunity: opp, postmortem: pm ? serializePostmortem(pm) : null };
}
