import { importStatusRoute } from '@/lib/server/import/api-routes';

// GET /api/v1/leads/imports/{batchId} → progress (processed, total) and, once done/failed, the counts.
export const GET = importStatusRoute('leads');
