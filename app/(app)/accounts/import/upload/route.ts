import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute, decodeHeader } from '@/lib/server/api';
import { uploadAccountImport } from '@/lib/server/commands/accounts/import';

// The accounts wizard's upload (cookie session, same-origin): the raw file body to disk, answered
// with the analysis (kind, encoding, headers, auto mapping, preview with cell errors).
export const POST = apiRoute({ permission: 'account:edit', rawBody: true }, async ({ session, req }) => {
  const name = decodeHeader(req.headers.get('x-file-name'), 'upload');
  const { batchId, analysis } = await uploadAccountImport(db, session, { fileName: name, body: req.body });
  return NextResponse.json({ batchId, ...analysis });
});
