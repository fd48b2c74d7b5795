import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { exportResponse, keysetRows, serverTranslator, withExportParams } from '@/lib/server/export';
import { listReceivables } from '@/lib/server/commands/receivables';
import { listReceivablesQuerySchema } from '@/lib/validation/receivables';
import { receivableColumns } from '@/app/(app)/receivables/columns';

// GET /api/v1/receivables/export?format=csv|xlsx&<the list's filters> — the whole filtered list,
// read page by page with the same keyset command the page uses (scoped to what the session may
// read). /receivables/export re-exports this handler for the page's link.
export const GET = apiRoute(
  { permission: 'opportunity:read', query: withExportParams(listReceivablesQuerySchema) },
  async ({ session, query }) => {
    const { locale } = session; // the request's language, else the user's own (not the API's English default)
    const { format, hide, ...filters } = query;
    return exportResponse({
      format,
      filename: `receivables-${filters.status}`,
      sheetName: 'Receivables',
      hidden: hide,
      columns: receivableColumns(serverTranslator(locale, 'receivables'), locale),
      rows: keysetRows((cursor) => listReceivables(db, session, { ...filters, cursor, limit: 200 }), 50_000),
    });
  },
);
