import { pgPool } from '@/lib/db/pg';
import { listLeadsPage } from '@/lib/db/queries/leads';
import { keysetRows, withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { leadScope } from '@/lib/server/commands/leads/leads';
import { listLeadsQuerySchema } from '@/lib/validation/leads';
import { leadColumns } from '@/app/(app)/leads/columns';

// GET /api/v1/leads/export?format=csv|xlsx&<the inbox filters>[&hide=col,…] — every lead the
// filters match (not just one page), in the inbox's order and columns, streamed page by page
// (keyset). Works with an API token (Bearer) and with the signed-in cookie; the inbox's link is
// /leads/export, which re-exports this handler. Authorization: tableExportRoute (apiRoute) checks
// lead:export, and the rows are read within leadScope (a rep sees only their own leads).
export const GET = tableExportRoute({
  permission: 'lead:export',
  query: withExportParams(listLeadsQuerySchema),
  filename: 'leads',
  sheetName: 'Leads',
  namespace: 'leads',
  columns: leadColumns,
  rows: (session, filters) => {
    if (filters.q && filters.sort.startsWith('company')) filters.sort = 'created_desc'; // as the inbox orders a search
    const scope = leadScope(session);
    return keysetRows(async (cursor) => {
      const page = await listLeadsPage(pgPool, { ...filters, cursor, limit: 2000 }, scope, session.userId);
      return { items: page.items, nextCursor: page.nextCursor };
    });
  },
});
