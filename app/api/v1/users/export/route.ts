import { db } from '@/lib/db/client';
import { listUsers } from '@/lib/server/commands/users';
import { exportParams } from '@/lib/server/export';
import { tableExportRoute } from '@/lib/server/export/table-route';
import { z } from '@/lib/validation/z';
import { userColumns } from '@/app/(app)/settings/columns';

// GET /api/v1/users/export?format=csv|xlsx — the users and their roles as the settings table shows
// them (users:manage, admins only). /settings/users/export re-exports this handler.
export const GET = tableExportRoute({
  permission: 'users:manage',
  query: z.object(exportParams),
  filename: 'users',
  sheetName: 'Users',
  columns: (t) => userColumns(t),
  rows: async () =>
    (await listUsers(db)).map((u) => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, disabled: !!u.disabledAt })),
});
