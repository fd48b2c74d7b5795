import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listQaEntriesCmd } from '@/lib/server/commands/tools';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { listQaEntriesQuerySchema } from '@/lib/validation/tools';
import { qaColumns } from '@/app/(app)/tools/qa/columns';

// GET /api/v1/qa-entries/export?format=csv|xlsx&q= — the Q&A table as the page shows it.
// /tools/qa/export re-exports this handler for the page's download link.
export const GET = apiRoute(
  { permission: 'opportunity:read', query: withExportParams(listQaEntriesQuerySchema) },
  async ({ session, query }) => {
    const { items } = await listQaEntriesCmd(db, session, { ...query, limit: 500 });
    return exportResponse({
      format: query.format,
      hidden: query.hide,
      filename: 'qa-entries',
      sheetName: 'QA',
      columns: qaColumns(serverTranslator(session.locale, 'tools'), session.locale),
      rows: items,
    });
  },
);
