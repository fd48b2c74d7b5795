import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { readImportUpload, startOrDiscard, waitForImport } from '@/lib/server/import/api-upload';
import { startPipelineImport } from '@/lib/server/commands/pipeline-import/start-pipeline-import';
import { uploadPipelineImport } from '@/lib/server/commands/pipeline-import/upload-pipeline-import';
import { pipelineImportQuerySchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/import — the pipeline sheet, the lead import's contract: body = the
// file (text/csv, the XLSX media type, octet-stream, or multipart field `file`), the header
// auto-mapping, ?dryRun=true, ?amountUnit=EOK|MILLION|WON when the amount header does not say
// its unit; 200 with the counts when done within `wait` s (default 10), else 202 → poll
// GET /api/v1/opportunities/imports/{batchId}.
export const POST = apiRoute(
  { permission: 'opportunity:import', query: pipelineImportQuerySchema, rawBody: true },
  async ({ session, query, req }) => {
    const { fileName, body } = await readImportUpload(req);
    const { batchId, analysis } = await uploadPipelineImport(db, session, { fileName, body });
    const mapping = { ...analysis.autoMapping, amountUnit: analysis.autoMapping.amountUnit ?? query.amountUnit ?? null };
    await startOrDiscard(batchId, () => startPipelineImport(db, session, { batchId, mapping, dryRun: query.dryRun }));
    const { status, finished } = await waitForImport(db, session, batchId, query.wait ?? 10);
    return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/opportunities/imports/${batchId}` } });
  },
);
