import 'server-only';
import type { Db } from '@/lib/db/client';
import { listOpportunityPage } from '@/lib/db/queries/opportunities';
import type { ListOpportunitiesQuery } from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';
import { serializeOpportunity } from './serialize';

/** GET /api/v1/opportunities: keyset page, everyone signed in reads the pipeline. */
export async function listOpportunities(db: Db, q: ListOpportunitiesQuery) {
  const settings = await getSettings(db);
  const rows = await listOpportunityPage(db, {
    tier: q.tier,
    ownerId: q.owner,
    category: q.category,
    region: q.region,
    outcome: q.outcome,
    afterId: q.cursor,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => serializeOpportunity(r, settings.horizonBounds)),
    nextCursor: rows.length > q.limit ? page[page.length - 1]!.id : null,
  };
}
