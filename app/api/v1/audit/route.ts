import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listAudit } from '@/lib/server/commands/audit';
import { auditQuerySchema } from '@/lib/validation/audit';

// GET /api/v1/audit?actor&entityType&entityId&action&from&to&cursor&limit → { items, nextCursor },
// newest first. The same function as /settings/audit; ADMIN and EXECUTIVE only ('audit:read').
export const GET = apiRoute({ permission: 'audit:read', query: auditQuerySchema }, ({ session, query }) => listAudit(db, session, query));
