import { importUploadRoute } from '@/lib/server/import/api-routes';
import { startImport, uploadImport } from '@/lib/server/commands/leads/import';
import { importQuerySchema } from '@/lib/validation/leads';

// POST /api/v1/leads/import — body: the file (text/csv, the XLSX media type, application/octet-stream,
// or multipart field `file`); ?mapping=auto (the only mapping over the API); ?dryRun=true.
// Answers 200 with the counts when the job finishes within `wait` seconds (default 10), else
// 202 with status "running"; then poll GET /api/v1/leads/imports/{batchId}.
export const POST = importUploadRoute('leads', {
  query: importQuerySchema,
  upload: uploadImport,
  start: startImport,
});
