import { apiRoute } from '@/lib/server/api';
import { exportFileName, reportForRequest } from '@/lib/server/commands/reports/api';
import { reportCsv } from '@/lib/server/commands/reports/export';

// GET /api/v1/reports/one-page.csv — the same matrix as CSV (formula injection neutralised)
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) => {
  const report = await reportForRequest(req, session, locale);
  return new Response(reportCsv(report, locale), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName('csv', report.query.asOf)}"`,
      'cache-control': 'no-store',
    },
  });
});
