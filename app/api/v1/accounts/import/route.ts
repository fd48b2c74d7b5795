import { importUploadRoute } from '@/lib/server/import/api-routes';
import { startAccountImport, uploadAccountImport } from '@/lib/server/commands/accounts/import';
import { accountImportQuerySchema } from '@/lib/validation/accounts';

// POST /api/v1/accounts/import — accounts with their contacts (고객사명, 사업자등록번호, 도메인, 산업,
// 국가, 지역, 담당자명, 직책, 이메일, 전화), the lead import's contract: body = the file (text/csv, the
// XLSX media type, octet-stream, or multipart field `file`), header auto-mapping, ?dryRun=true;
// 200 with the counts when done within `wait` s (default 10), else 202 → poll
// GET /api/v1/accounts/imports/{batchId}. Idempotent: a re-import of the same file writes nothing.
export const POST = importUploadRoute('accounts', {
  query: accountImportQuerySchema,
  upload: uploadAccountImport,
  start: startAccountImport,
});
