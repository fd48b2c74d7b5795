import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { exportResponse, serverTranslator, withExportParams } from '@/lib/server/export';
import { getWinLoss } from '@/lib/server/commands/postmortems/get-win-loss';
import { winLossExportQuerySchema } from '@/lib/validation/postmortems';
import { rateColumns, reasonColumns, reasonRows } from '@/app/(app)/postmortems/analytics/columns';

// GET /api/v1/postmortems/analytics/export?table=category|region|competitor|tier|reasons&months=3|6|12|24&format=csv|xlsx
// — one table of the win/loss page as shown (the same columns). Needs lesson:read and opportunity:read,
// like the page. /postmortems/analytics/export re-exports this handler for the page's links.
export const GET = apiRoute(
  { permission: 'lesson:read', query: withExportParams(winLossExportQuerySchema) },
  async ({ session, query }) => {
    const { locale } = session; // the request's language, else the user's own
    const t = serverTranslator(locale, 'postmortems');
    const wl = await getWinLoss(db, session, { months: Number(query.months), locale, t });
    const common = {
      format: query.format,
      hidden: query.hide,
      filename: `win-loss-${query.table}-${query.months}m`,
      sheetName: query.table,
    };
    if (query.table === 'reasons')
      return exportResponse({ ...common, columns: reasonColumns(t, wl.matrix.months), rows: reasonRows(wl.matrix) });
    return exportResponse({ ...common, columns: rateColumns(t), rows: wl.rates[query.table] });
  },
);
