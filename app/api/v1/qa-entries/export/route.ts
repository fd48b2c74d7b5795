import { db } from '@/lib/db/client';
import { listQaEntriesCmd } from '@/lib/server/commands/tools';
import { withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { listQaEntriesQuerySchema } from '@/lib/validation/tools';
import { qaColumns } from '@/app/(app)/tools/qa/columns';

// GET /api/v1/qa-entries/export?format=csv|xlsx&q= — the Q&A table as the page shows it.
// /tools/qa/export re-exports this handler for the page's download link.
export const GET = tableExportRoute({
  permission: 'opportunity:read',
  query: withExportParams(listQaEntriesQuerySchema),
  filename: 'qa-entries',
  sheetName: 'QA',
  namespace: 'tools',
  columns: qaColumns,
  rows: async (session, filters) => (await listQaEntriesCmd(db, session, { ...filters, limit: 500 })).items,
});
