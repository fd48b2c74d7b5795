import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listReceivables } from '@/lib/server/commands/receivables';
import { listReceivablesQuerySchema } from '@/lib/validation/receivables';

// GET /api/v1/receivables?status=overdue|due|outstanding|all&owner&team&account&cursor&limit →
// { items, nextCursor }: payment milestones of won deals by due date (keyset pages). Same query as /receivables.
export const GET = apiRoute({ permission: 'opportunity:read', query: listReceivablesQuerySchema }, ({ session, query }) =>
  listReceivables(db, session, query),
);
