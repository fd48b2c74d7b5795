import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { opportunityExists } from '@/lib/db/queries/opportunities';
import { accountExists, listAccountPowerMap, listOpportunityPowerMap } from '@/lib/db/queries/power-map';
import { assertCan } from '@/lib/server/authorize';
import { notFound } from '@/lib/server/errors';

/** GET /api/v1/opportunities/{id}/power-map (every role reads deals, SPEC §5). */
export async function getOpportunityPowerMap(db: Db, session: AppSession, opportunityId: string) {
  assertCan(session, 'opportunity:read');
  // the two reads at once: an unknown id has nobody on its map
  const [exists, people] = await Promise.all([opportunityExists(db, opportunityId), listOpportunityPowerMap(db, opportunityId)]);
  if (!exists) throw notFound();
  return { people };
}

/** GET /api/v1/accounts/{id}/power-map: the union over the account's deals. */
export async function getAccountPowerMap(db: Db, session: AppSession, accountId: string) {
  assertCan(session, 'opportunity:read');
  if (!(await accountExists(db, accountId))) throw notFound();
  return { people: await listAccountPowerMap(db, accountId) };
}
