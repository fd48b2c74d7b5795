import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute, decodeHeader } from '@/lib/server/api';
import { uploadImport } from '@/lib/server/commands/leads/import';

// The wizard's upload (cookie session, same-origin): streams the raw file body to disk and
// answers the analysis (kind, encoding, headers, auto mapping, preview with cell errors).
export const POST = apiRoute({ permission: 'lead:import', rawBody: true }, async ({ session, req }) => {
  const name = decodeHeader(req.headers.get('x-file-name'), 'upload');
  const { batchId, analysis } = await uploadImport(db, session, { fileName: name, body: req.body });
  return NextResponse.json({ batchId, ...analysis });
});
