import { importUploadRoute } from '@/lib/server/import/api-routes';
import { startPipelineImport } from '@/lib/server/commands/pipeline-import/start-pipeline-import';
import { uploadPipelineImport } from '@/lib/server/commands/pipeline-import/upload-pipeline-import';
import { pipelineImportQuerySchema } from '@/lib/validation/opportunities';

// POST /api/v1/opportunities/import — the pipeline sheet, the lead import's contract: body = the
// file (text/csv, the XLSX media type, octet-stream, or multipart field `file`), the header
// auto-mapping, ?dryRun=true, ?amountUnit=EOK|MILLION|WON when the amount header does not say
// its unit; 200 with the counts when done within `wait` s (default 10), else 202 → poll
// GET /api/v1/opportunities/imports/{batchId}.
export const POST = importUploadRoute('opportunities', {
  query: pipelineImportQuerySchema,
  upload: uploadPipelineImport,
  start: startPipelineImport,
  mapping: (auto, query) => ({ ...auto, amountUnit: auto.amountUnit ?? query.amountUnit ?? null }),
});
