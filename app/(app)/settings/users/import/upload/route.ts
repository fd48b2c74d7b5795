import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute, decodeHeader } from '@/lib/server/api';
import { uploadPeopleImport } from '@/lib/server/commands/people/upload-people-import';

// The people wizard's upload (cookie session, same-origin): the raw file body to disk, answered
// with the analysis (kind, encoding, headers, auto mapping, preview with cell errors).
export const POST = apiRoute({ permission: 'users:manage', rawBody: true }, async ({ session, req }) => {
  const name = decodeHeader(req.headers.get('x-file-name'), 'upload');
  const { batchId, analysis } = await uploadPeopleImport(db, session, { fileName: name, body: req.body });
  return NextResponse.json({ batchId, ...analysis });
});
