import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getImportStatus } from '@/lib/server/commands/leads/import';
import { batchIdParamsSchema } from '@/lib/validation/leads';

// GET /api/v1/accounts/imports/{batchId} → progress (processed, total) and, once done/failed, the counts.
export const GET = apiRoute({ permission: 'account:edit', params: batchIdParamsSchema }, async ({ session, params }) =>
  getImportStatus(db, session, params.batchId),
);
