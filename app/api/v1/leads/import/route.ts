import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { startImport, uploadImport } from '@/lib/server/commands/leads/import';
import { readImportUpload, startOrDiscard, waitForImport } from '@/lib/server/import/api-upload';
import { importQuerySchema } from '@/lib/validation/leads';

// POST /api/v1/leads/import — body: the file (text/csv, the XLSX media type, application/octet-stream,
// or multipart field `file`); ?mapping=auto (the only mapping over the API); ?dryRun=true.
// Answers 200 with the counts when the job finishes within `wait` seconds (default 10), else
// 202 with status "running"; then poll GET /api/v1/leads/imports/{batchId}.
export const POST = apiRoute({ permission: 'lead:import', query: importQuerySchema, rawBody: true }, async ({ session, query, req }) => {
  const { fileName, body } = await readImportUpload(req);
  const { batchId, analysis } = await uploadImport(db, session, { fileName, body });
  await startOrDiscard(batchId, () => startImport(db, session, { batchId, mapping: analysis.autoMapping, dryRun: query.dryRun }));
  const { status, finished } = await waitForImport(db, session, batchId, query.wait ?? 10);
  return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/leads/imports/${batchId}` } });
});
