import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from '@/lib/validation/z';
import type { Permission } from '@/lib/auth/permissions';
import type { AppSession } from '@/lib/auth/session';
import { db, type Db, type DbClient } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { getImportStatus, importErrorsCsv } from '@/lib/server/commands/leads/import';
import { batchIdParamsSchema } from '@/lib/validation/leads';
import { readImportUpload, startOrDiscard, waitForImport } from './api-upload';

// The three routes of every file import over the API (documented by lib/server/openapi/import-operations.ts):
// POST /api/v1/<resource>/import, GET …/imports/{batchId} and GET …/imports/{batchId}/errors.csv.

type ImportQuery = { dryRun: boolean; wait?: number };
type Upload = { fileName: string; body: ReadableStream<Uint8Array> | Uint8Array | null };

/**
 * POST /api/v1/<resource>/import: the file is the body (text/csv, the XLSX media type,
 * octet-stream, or multipart field `file`), mapped by its headers; 200 with the counts when the job
 * ends within `wait` s (default 10), else 202 → poll the Location (GET …/imports/{batchId}).
 */
export function importUploadRoute<Q extends z.ZodType<ImportQuery, unknown>, A>(o: {
  permission: Permission;
  resource: string;
  query: Q;
  upload: (db: Db, session: AppSession, file: Upload) => Promise<{ batchId: string; analysis: A }>;
  start: (db: DbClient, session: AppSession, o: { batchId: string; analysis: A; query: z.output<Q> }) => Promise<unknown>;
}) {
  return apiRoute({ permission: o.permission, query: o.query, rawBody: true }, async ({ session, req, ...ctx }) => {
    const query = ctx.query as z.output<Q>;
    const { batchId, analysis } = await o.upload(db, session, await readImportUpload(req));
    await startOrDiscard(batchId, () => o.start(db, session, { batchId, analysis, query }));
    const { status, finished } = await waitForImport(db, session, batchId, query.wait ?? 10);
    return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/${o.resource}/imports/${batchId}` } });
  });
}

/** GET /api/v1/<resource>/imports/{batchId} → progress (processed, total) and, once done/failed, the counts. */
export const importStatusRoute = (permission: Permission) =>
  apiRoute({ permission, params: batchIdParamsSchema }, async ({ session, params }) => getImportStatus(db, session, params.batchId));

/** GET /api/v1/<resource>/imports/{batchId}/errors.csv — row (as Excel shows it, header = 1), column, reason. */
export const importErrorsRoute = (permission: Permission, filePrefix: string) =>
  apiRoute({ permission, params: batchIdParamsSchema }, async ({ session, params }) => {
    const stream = await importErrorsCsv(db, session, params.batchId);
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filePrefix}-${params.batchId.slice(0, 8)}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });
