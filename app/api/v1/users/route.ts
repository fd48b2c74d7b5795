import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { createUser } from '@/lib/server/commands/people';
import { listUsersForAdmin } from '@/lib/db/queries/users';
import { createUserSchema } from '@/lib/validation/users';

// GET /api/v1/users → { data: users } (admins).
export const GET = apiRoute({ permission: 'users:manage' }, async () => ({ data: await listUsersForAdmin(db) }));

// POST /api/v1/users { name, email, roles, teamId?, managerId?, vrbDomains? } → 201 { user, setupUrl }
// (the one-time setup link is in this response only); 409 duplicate email; 422 rule refusal.
export const POST = apiRoute({ permission: 'users:manage', body: createUserSchema }, async ({ session, body, req }) => {
  const r = await createUser(db, session, body);
  return NextResponse.json(
    { user: r.user, setupUrl: new URL(r.setupPath, req.nextUrl.origin).toString(), setupExpiresAt: r.setupExpiresAt },
    { status: 201 },
  );
});
