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

/** The imports the API offers, by the path segment: who may run one, and the name of its error file. */
const API_IMPORTS = {
  leads: { permission: 'lead:import', errorsFile: 'import-errors' },
  opportunities: { permission: 'opportunity:import', errorsFile: 'pipeline-import-errors' },
  accounts: { permission: 'account:edit', errorsFile: 'account-import-errors' },
  users: { permission: 'users:manage', errorsFile: 'people-import-errors' },
} as const satisfies Record<string, { permission: Permission; errorsFile: string }>;
type ApiImport = keyof typeof API_IMPORTS;

type ImportQuery = { dryRun: boolean; wait?: number };
type Upload = { fileName: string; body: ReadableStream<Uint8Array> | Uint8Array | null };

/**
 * POST /api/v1/<resource>/import: the file is the body (text/csv, the XLSX media type,
 * octet-stream, or multipart field `file`), mapped by its headers (`mapping` may complete the
 * automatic mapping from the query); 200 with the counts when the job ends within `wait` s
 * (default 10), else 202 → poll the Location (GET …/imports/{batchId}).
 */
export function importUploadRoute<Q extends z.ZodType<ImportQuery, unknown>, M>(
  resource: ApiImport,
  o: {
    query: Q;
    upload: (db: Db, session: AppSession, file: Upload) => Promise<{ batchId: string; analysis: { autoMapping: M } }>;
    start: (db: DbClient, session: AppSession, input: { batchId: string; mapping: M; dryRun: boolean }) => Promise<unknown>;
    mapping?: (auto: M, query: z.output<Q>) => M;
  },
) {
  return apiRoute({ permission: API_IMPORTS[resource].permission, query: o.query, rawBody: true }, async ({ session, req, ...ctx }) => {
    const query = ctx.query as z.output<Q>;
    const { batchId, analysis } = await o.upload(db, session, await readImportUpload(req));
    const mapping = o.mapping ? o.mapping(analysis.autoMapping, query) : analysis.autoMapping;
    await startOrDiscard(batchId, () => o.start(db, session, { batchId, mapping, dryRun: query.dryRun }));
    const { status, finished } = await waitForImport(db, session, batchId, query.wait ?? 10);
    return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/${resource}/imports/${batchId}` } });
  });
}

/** GET /api/v1/<resource>/imports/{batchId} → progress (processed, total) and, once done/failed, the counts. */
export const importStatusRoute = (resource: ApiImport) =>
  apiRoute({ permission: API_IMPORTS[resource].permission, params: batchIdParamsSchema }, async ({ session, params }) =>
    getImportStatus(db, session, params.batchId),
  );

/** GET /api/v1/<resource>/imports/{batchId}/errors.csv — row (as Excel shows it, header = 1), column, reason. */
export const importErrorsRoute = (resource: ApiImport) =>
  apiRoute({ permission: API_IMPORTS[resource].permission, params: batchIdParamsSchema }, async ({ session, params }) => {
    const stream = await importErrorsCsv(db, session, params.batchId);
    return new Response(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${API_IMPORTS[resource].errorsFile}-${params.batchId.slice(0, 8)}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });
