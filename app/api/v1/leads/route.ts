import { apiRoute } from '@/lib/server/api';
import { listLeads } from '@/lib/server/commands/leads/leads';
import { listLeadsQuerySchema } from '@/lib/validation/leads';

// GET /api/v1/leads?status&temperature&source&campaign&owner&from&to&q&sort&cursor&limit → { items, nextCursor }
export const GET = apiRoute({ permission: 'lead:read', query: listLeadsQuerySchema }, async ({ session, query }) => {
  const { items, nextCursor } = await listLeads(session, query);
  return { items: items.map(({ need: _n, intent: _i, opportunityId: _o, ...i }) => i), nextCursor };
});
