import 'server-only';
import { assertCan } from '@/lib/server/authorize';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { opportunityExists } from '@/lib/db/queries/opportunities';
import { notFound } from '../../errors';
import { getSetting } from '../../settings';
import { current } from './economics-shared';

/** GET: the working copy of a readable opportunity (everyone signed in reads the pipeline). */
export async function getEconomics(db: DbClient, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  if (!(await opportunityExists(db, opportunityId))) throw notFound();
  return current(db, opportunityId, await getSetting(db, 'marginFloorPct'));
}
