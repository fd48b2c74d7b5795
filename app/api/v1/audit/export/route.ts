import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listAudit } from '@/lib/server/commands/audit';
import { exportResponse, keysetRows, serverTranslator, withExportParams } from '@/lib/server/export';
import { auditQuerySchema } from '@/lib/validation/audit';
import { auditColumns } from '@/app/(app)/settings/audit/columns';

// GET /api/v1/audit/export?format=csv|xlsx&<the viewer's filters> — the filtered audit trail,
// newest first, streamed page by page through the same listAudit (which checks audit:read itself).
// /settings/audit/export re-exports this handler for the page's link.
export const GET = apiRoute({ permission: 'audit:read', query: withExportParams(auditQuerySchema) }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  const { format, hide, ...filters } = query;
  return exportResponse({
    format,
    filename: 'audit',
    sheetName: 'Audit',
    hidden: hide,
    columns: auditColumns(serverTranslator(locale, 'audit'), locale),
    rows: keysetRows((cursor) => listAudit(db, session, { ...filters, cursor, limit: 500 }), 100_000),
  });
});
