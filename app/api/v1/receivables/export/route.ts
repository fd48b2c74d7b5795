import { db } from '@/lib/db/client';
import { keysetRows, withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { listReceivables } from '@/lib/server/commands/receivables';
import { listReceivablesQuerySchema } from '@/lib/validation/receivables';
import { receivableColumns } from '@/app/(app)/receivables/columns';

// GET /api/v1/receivables/export?format=csv|xlsx&<the list's filters> — the whole filtered list,
// read page by page with the same keyset command the page uses (scoped to what the session may
// read). /receivables/export re-exports this handler for the page's link.
export const GET = tableExportRoute({
  permission: 'opportunity:read',
  query: withExportParams(listReceivablesQuerySchema),
  filename: (filters) => `receivables-${filters.status}`,
  sheetName: 'Receivables',
  namespace: 'receivables',
  columns: receivableColumns,
  rows: (session, filters) => keysetRows((cursor) => listReceivables(db, session, { ...filters, cursor, limit: 200 }), 50_000),
});
