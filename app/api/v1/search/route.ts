import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { globalSearch } from '@/lib/server/commands/search';
import { searchQuerySchema } from '@/lib/validation/search';

// GET /api/v1/search?q&limit → { groups: [{ kind, items: [{ id, title, subtitle, href }] }] }
// The same function as the command palette's action; kinds the caller may not read are left out.
export const GET = apiRoute({ permission: 'opportunity:read', query: searchQuerySchema }, ({ session, query }) =>
  globalSearch(db, session, query),
);
