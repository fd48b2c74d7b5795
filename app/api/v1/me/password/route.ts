import { db } from '@/lib/db/client';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { apiRoute } from '@/lib/server/api';
import { changePassword } from '@/lib/server/commands/people';
import { changePasswordSchema } from '@/lib/validation/users';

// POST /api/v1/me/password { currentPassword, newPassword, confirm } → 200 { endedSessions }.
// Every other session of the caller ends (with a Bearer token: every cookie session).
export const POST = apiRoute({ permission: 'profile:edit', body: changePasswordSchema }, async ({ session, body, req }) =>
  changePassword(db, session, body, req.headers.get('authorization') ? null : (req.cookies.get(SESSION_COOKIE)?.value ?? null)),
);
