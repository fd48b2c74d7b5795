import { apiRoute } from '@/lib/server/api';
import { pgPool } from '@/lib/db/pg';
import { getOnePageReport } from '@/lib/server/commands/reports/one-page';

// GET /api/v1/reports/one-page?rows=country|category|region&asOf&from&to[&owner|team&category] → the matrix as JSON
export const GET = apiRoute({ permission: 'report:read' }, async ({ req, session, locale }) =>
  getOnePageReport(pgPool, session, Object.fromEntries(req.nextUrl.searchParams), { locale }),
);
