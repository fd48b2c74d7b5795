import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { listUsers } from '@/lib/server/commands/users';
import { exportParams, exportResponse, serverTranslator } from '@/lib/server/export';
import { z } from '@/lib/validation/z';
import { userColumns } from '@/app/(app)/settings/columns';

// GET /api/v1/users/export?format=csv|xlsx — the users and their roles as the settings table shows
// them (users:manage, admins only). /settings/users/export re-exports this handler.
export const GET = apiRoute({ permission: 'users:manage', query: z.object(exportParams) }, async ({ session, query }) => {
  const { locale } = session; // the request's language, else the user's own (not the API's English default)
  const users = await listUsers(db);
  return exportResponse({
    format: query.format,
    hidden: query.hide,
    filename: 'users',
    sheetName: 'Users',
    columns: userColumns(serverTranslator(locale)),
    rows: users.map((u) => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, disabled: !!u.disabledAt })),
  });
});
