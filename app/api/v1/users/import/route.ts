import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { readImportUpload, startOrDiscard, waitForImport } from '@/lib/server/import/api-upload';
import { startPeopleImport } from '@/lib/server/commands/people/start-people-import';
import { uploadPeopleImport } from '@/lib/server/commands/people/upload-people-import';
import { peopleImportQuerySchema } from '@/lib/validation/users';

// POST /api/v1/users/import — bulk people (이름, 이메일, 역할, 팀, 관리자 이메일), the lead import's
// contract: body = the file (text/csv, the XLSX media type, octet-stream, or multipart field
// `file`), header auto-mapping, ?dryRun=true; 200 with the counts when done within `wait` s
// (default 10), else 202 → poll GET /api/v1/users/imports/{batchId}. Idempotent by email.
export const POST = apiRoute(
  { permission: 'users:manage', query: peopleImportQuerySchema, rawBody: true },
  async ({ session, query, req }) => {
    const { fileName, body } = await readImportUpload(req);
    const { batchId, analysis } = await uploadPeopleImport(db, session, { fileName, body });
    await startOrDiscard(batchId, () => startPeopleImport(db, session, { batchId, mapping: analysis.autoMapping, dryRun: query.dryRun }));
    const { status, finished } = await waitForImport(db, session, batchId, query.wait ?? 10);
    return NextResponse.json(status, { status: finished ? 200 : 202, headers: { Location: `/api/v1/users/imports/${batchId}` } });
  },
);
