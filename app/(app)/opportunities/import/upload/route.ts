import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute, decodeHeader } from '@/lib/server/api';
import { uploadPipelineImport } from '@/lib/server/commands/pipeline-import/upload-pipeline-import';

// The pipeline wizard's upload (cookie session, same-origin): the raw file body to disk, answered
// with the analysis (kind, encoding, headers, auto mapping with the amount unit, preview with cell errors).
export const POST = apiRoute({ permission: 'opportunity:import', rawBody: true }, async ({ session, req }) => {
  const name = decodeHeader(req.headers.get('x-file-name'), 'upload');
  const { batchId, analysis } = await uploadPipelineImport(db, session, { fileName: name, body: req.body });
  return NextResponse.json({ batchId, ...analysis });
});
