import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listCompetitorsCmd } from '@/lib/server/commands/tools';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { listCompetitorsQuerySchema } from '@/lib/validation/tools';
import { competitorColumns } from '@/app/(app)/tools/competitors/columns';

// GET /api/v1/competitors/export?format=csv|xlsx&q= — the competitors table as the page shows it.
// /tools/competitors/export re-exports this handler for the page's download link.
export const GET = apiRoute(
  { permission: 'opportunity:read', query: withExportParams(listCompetitorsQuerySchema) },
  async ({ session, query }) => {
    const { items } = await listCompetitorsCmd(db, session, { q: query.q, limit: 500 });
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: 'competitors',
      sheetName: 'Competitors',
      columns: competitorColumns(serverTranslator(session.locale, 'tools'), session.locale),
      rows: items,
    });
  },
);
