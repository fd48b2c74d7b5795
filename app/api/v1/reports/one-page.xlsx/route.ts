import { apiRoute } from '@/lib/server/api';
import { pgPool } from '@/lib/db/pg';
import { ALL_DEALS, getOnePageReport } from '@/lib/server/commands/reports/one-page';
import { reportFileName, reportXlsx } from '@/lib/server/render/one-page-report';

// GET /api/v1/reports/one-page.xlsx — the same matrix as an Excel workbook (sums as formulas), and
// every deal of the report on the deal-list sheet (not the page's top 5 a cell)
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) => {
  const report = await getOnePageReport(pgPool, session, Object.fromEntries(req.nextUrl.searchParams), { locale, topK: ALL_DEALS });
  const body = await reportXlsx(report, locale);
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${reportFileName('xlsx', report.query.asOf)}"`,
      'cache-control': 'no-store',
    },
  });
});
