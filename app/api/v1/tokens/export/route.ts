import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { listApiTokens } from '@/lib/server/commands/api-tokens';
import { exportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { tokenColumns } from '@/app/(app)/settings/columns';

// GET /api/v1/tokens/export?format=csv|xlsx — the caller's own API tokens (names and dates, never
// the secret), as the settings table shows them. /settings/tokens/export re-exports this handler.
const day = (d: Date) => d.toISOString().slice(0, 10);

export const GET = tableExportRoute({
  permission: 'token:manage',
  query: z.object(exportParams),
  filename: 'api-tokens',
  sheetName: 'Tokens',
  namespace: 'settings.tokens',
  columns: (t) => tokenColumns(t),
  rows: async (session) =>
    (await listApiTokens(db, session)).map((k) => ({
      id: k.id,
      name: k.name,
      created: day(k.createdAt),
      lastUsed: k.lastUsedAt ? k.lastUsedAt.toISOString().slice(0, 16).replace('T', ' ') : null,
      revoked: !!k.revokedAt,
    })),
});
