import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { DomainError } from '@/lib/server/errors';
import { getImportStatus } from '@/lib/server/commands/leads/import';
import { startPipelineImport } from '@/lib/server/commands/pipeline-import/start-pipeline-import';
import { uploadPipelineImport } from '@/lib/server/commands/pipeline-import/upload-pipeline-import';
import { pipelineImportQuerySchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/import — the pipeline sheet, the lead import's contract: body = the
// file (text/csv, the XLSX media type, octet-stream, or multipart field `file`), the header
// auto-mapping, ?dryRun=true, ?amountUnit=EOK|MILLION|WON when the amount header does not say
// its unit; 200 with the counts when done within `wait` s (default 10), else 202 → poll
// GET /api/v1/opportunities/imports/{batchId}.
const FILE_TYPES =
  /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/octet-stream)\b/i;

export const POST = apiRoute(
  { permission: 'opportunity:import', query: pipelineImportQuerySchema, rawBody: true },
  async ({ session, query, req }) => {
    const type = req.headers.get('content-type') ?? '';
    let body: ReadableStream<Uint8Array> | Uint8Array | null;
    let fileName = req.headers.get('x-file-name') ?? 'api-upload';
    if (/^multipart\/form-data/i.test(type)) {
      let form: FormData;
      try {
        form = await req.formData();
      } catch {
        throw new DomainError('VALIDATION', 'leads.errors.noFile');
      }
      const file = form.get('file');
      if (!(file instanceof Blob))
        throw new DomainError('VALIDATION', 'leads.errors.noFile', { fields: [{ path: 'file', message: 'required' }] });
      fileName = (file as File).name || fileName;
      body = new Uint8Array(await file.arrayBuffer());
    } else if (FILE_TYPES.test(type)) {
      body = req.body;
    } else {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'leads.errors.unsupportedType');
    }
    const { batchId, analysis } = await uploadPipelineImport(db, session, { fileName, body });
    const mapping = { ...analysis.autoMapping, amountUnit: analysis.autoMapping.amountUnit ?? query.amountUnit ?? null };
    await startPipelineImport(db, session, { batchId, mapping, dryRun: query.dryRun });
    const deadline = Date.now() + (query.wait ?? 10) * 1000;
    let status = await getImportStatus(db, session, batchId);
    while ((status.status === 'pending' || status.status === 'running') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      status = await getImportStatus(db, session, batchId);
    }
    const finished = status.status === 'done' || status.status === 'failed';
    return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/opportunities/imports/${batchId}` } });
  },
);
