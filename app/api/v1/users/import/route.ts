import { importUploadRoute } from '@/lib/server/import/api-routes';
import { startPeopleImport } from '@/lib/server/commands/people/start-people-import';
import { uploadPeopleImport } from '@/lib/server/commands/people/upload-people-import';
import { peopleImportQuerySchema } from '@/lib/validation/users';

// POST /api/v1/users/import — bulk people (이름, 이메일, 역할, 팀, 관리자 이메일), the lead import's
// contract: body = the file (text/csv, the XLSX media type, octet-stream, or multipart field
// `file`), header auto-mapping, ?dryRun=true; 200 with the counts when done within `wait` s
// (default 10), else 202 → poll GET /api/v1/users/imports/{batchId}. Idempotent by email.
export const POST = importUploadRoute('users', {
  query: peopleImportQuerySchema,
  upload: uploadPeopleImport,
  start: startPeopleImport,
});
