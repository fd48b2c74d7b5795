import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listApiTokens } from '@/lib/server/commands/api-tokens';
import { exportParams, exportResponse, serverTranslator } from '@/lib/server/export';
import { tokenColumns } from '@/app/(app)/settings/columns';

// GET /api/v1/tokens/export?format=csv|xlsx — the caller's own API tokens (names and dates, never
// the secret), as the settings table shows them. /settings/tokens/export re-exports this handler.
export const GET = apiRoute({ permission: 'token:manage', query: z.object(exportParams) }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  const tokens = await listApiTokens(db, session);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return exportResponse({
    format: query.format,
    hidden: query.hide,
    filename: 'api-tokens',
    sheetName: 'Tokens',
    columns: tokenColumns(serverTranslator(locale, 'settings.tokens')),
    rows: tokens.map((k) => ({
      id: k.id,
      name: k.name,
      created: day(k.createdAt),
      lastUsed: k.lastUsedAt ? k.lastUsedAt.toISOString().slice(0, 16).replace('T', ' ') : null,
      revoked: !!k.revokedAt,
    })),
  });
});
