import { db } from '@/lib/db/client';
import { listCompetitorsCmd } from '@/lib/server/commands/tools';
import { withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { listCompetitorsQuerySchema } from '@/lib/validation/tools';
import { competitorColumns } from '@/app/(app)/tools/competitors/columns';

// GET /api/v1/competitors/export?format=csv|xlsx&q= — the competitors table as the page shows it.
// /tools/competitors/export re-exports this handler for the page's download link.
export const GET = tableExportRoute({
  permission: 'opportunity:read',
  query: withExportParams(listCompetitorsQuerySchema),
  filename: 'competitors',
  sheetName: 'Competitors',
  namespace: 'tools',
  columns: competitorColumns,
  rows: async (session, { q }) => (await listCompetitorsCmd(db, session, { q, limit: 500 })).items,
});
