import { apiRoute } from '@/lib/server/api';
import { pgPool } from '@/lib/db/pg';
import { getOnePageReport } from '@/lib/server/commands/reports/one-page';
import { reportCsv, reportFileName } from '@/lib/server/render/one-page-report';

// GET /api/v1/reports/one-page.csv — the same matrix as CSV (formula injection neutralised)
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) => {
  const report = await getOnePageReport(pgPool, session, Object.fromEntries(req.nextUrl.searchParams), { locale });
  return new Response(reportCsv(report, locale), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${reportFileName('csv', report.query.asOf)}"`,
      'cache-control': 'no-store',
    },
  });
});
