import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listExpertsCmd } from '@/lib/server/commands/tools';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { listExpertsQuerySchema } from '@/lib/validation/experts';
import { expertColumns } from '@/app/(app)/tools/experts/columns';

// GET /api/v1/experts/export?format=csv|xlsx&q=&kind=&field= — the experts table as the page shows it.
// /tools/experts/export re-exports this handler for the page's download link.
export const GET = apiRoute(
  { permission: 'opportunity:read', query: withExportParams(listExpertsQuerySchema) },
  async ({ session, query }) => {
    const { items } = await listExpertsCmd(db, session, { q: query.q, kind: query.kind, field: query.field, limit: 500 });
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: 'experts',
      sheetName: 'Experts',
      columns: expertColumns(serverTranslator(session.locale, 'experts'), session.locale),
      rows: items,
    });
  },
);
