import { apiRoute } from '@/lib/server/api';
import { reportForRequest } from '@/lib/server/commands/reports/api';

// GET /api/v1/reports/one-page?rows=country|category|region&asOf&from&to[&owner|team&category] → the matrix as JSON
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) => reportForRequest(req, session, locale));
