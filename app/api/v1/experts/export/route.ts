import { db } from '@/lib/db/client';
import { listExpertsCmd } from '@/lib/server/commands/tools';
import { withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { listExpertsQuerySchema } from '@/lib/validation/experts';
import { expertColumns } from '@/app/(app)/tools/experts/columns';

// GET /api/v1/experts/export?format=csv|xlsx&q=&kind=&field= — the experts table as the page shows it.
// /tools/experts/export re-exports this handler for the page's download link.
export const GET = tableExportRoute({
  permission: 'opportunity:read',
  query: withExportParams(listExpertsQuerySchema),
  filename: 'experts',
  sheetName: 'Experts',
  namespace: 'experts',
  columns: expertColumns,
  rows: async (session, { q, kind, field }) => (await listExpertsCmd(db, session, { q, kind, field, limit: 500 })).items,
});
