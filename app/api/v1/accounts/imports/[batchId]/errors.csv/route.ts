import { importErrorsRoute } from '@/lib/server/import/api-routes';

// GET /api/v1/accounts/imports/{batchId}/errors.csv — row (as Excel shows it, header = 1), column, reason.
export const GET = importErrorsRoute('accounts');
