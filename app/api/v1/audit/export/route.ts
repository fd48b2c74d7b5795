import { db } from '@/lib/db/client';
import { listAudit } from '@/lib/server/commands/audit';
import { keysetRows, withExportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { auditQuerySchema } from '@/lib/validation/audit';
import { auditColumns } from '@/app/(app)/settings/audit/columns';

// GET /api/v1/audit/export?format=csv|xlsx&<the viewer's filters> — the filtered audit trail,
// newest first, streamed page by page through the same listAudit (which checks audit:read itself).
// /settings/audit/export re-exports this handler for the page's link.
export const GET = tableExportRoute({
  permission: 'audit:read',
  query: withExportParams(auditQuerySchema),
  filename: 'audit',
  sheetName: 'Audit',
  namespace: 'audit',
  columns: auditColumns,
  rows: (session, filters) => keysetRows((cursor) => listAudit(db, session, { ...filters, cursor, limit: 500 }), 100_000),
});
