import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { importErrorsCsv } from '@/lib/server/commands/leads/import';
import { batchIdParamsSchema } from '@/lib/validation/leads';

// GET /api/v1/accounts/imports/{batchId}/errors.csv — row (as Excel shows it, header = 1), column, reason.
export const GET = apiRoute({ permission: 'account:edit', params: batchIdParamsSchema }, async ({ session, params }) => {
  const stream = await importErrorsCsv(db, session, params.batchId);
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="account-import-errors-${params.batchId.slice(0, 8)}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
