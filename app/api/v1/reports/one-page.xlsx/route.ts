import { apiRoute } from '@/lib/server/api';
import { exportFileName, reportForRequest } from '@/lib/server/commands/reports/api';
import { reportXlsx } from '@/lib/server/commands/reports/export';

// GET /api/v1/reports/one-page.xlsx — the same matrix as an Excel workbook (sums as formulas)
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) => {
  const report = await reportForRequest(req, session, locale);
  const body = await reportXlsx(report, locale);
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${exportFileName('xlsx', report.query.asOf)}"`,
      'cache-control': 'no-store',
    },
  });
});
