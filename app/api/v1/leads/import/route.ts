import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { DomainError } from '@/lib/server/errors';
import { getImportStatus, startImport, uploadImport } from '@/lib/server/commands/leads/import';
import { importQuerySchema } from '@/lib/validation/leads';

// POST /api/v1/leads/import — body: the file (text/csv, the XLSX media type, application/octet-stream,
// or multipart field `file`); ?mapping=auto (the only mapping over the API); ?dryRun=true.
// Answers 200 with the counts when the job finishes within `wait` seconds (default 10), else
// 202 with status "running"; then poll GET /api/v1/leads/imports/{batchId}.
const FILE_TYPES =
  /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/octet-stream)\b/i;

export const POST = apiRoute({ permission: 'lead:import', query: importQuerySchema, rawBody: true }, async ({ session, query, req }) => {
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
  const { batchId, analysis } = await uploadImport(db, session, { fileName, body });
  await startImport(db, session, { batchId, mapping: analysis.autoMapping, dryRun: query.dryRun });
  const deadline = Date.now() + (query.wait ?? 10) * 1000;
  let status = await getImportStatus(db, session, batchId);
  while ((status.status === 'pending' || status.status === 'running') && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    status = await getImportStatus(db, session, batchId);
  }
  const finished = status.status === 'done' || status.status === 'failed';
  return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/leads/imports/${batchId}` } });
});
