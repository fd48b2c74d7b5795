import { NextResponse } from 'next/server';
import { db } from '@/lib/db/client';
import { apiRoute } from '@/lib/server/api';
import { resetPassword } from '@/lib/server/commands/people';
import { userIdParamsSchema } from '@/lib/validation/users';

// POST /api/v1/users/{id}/setup-link → 201 { setupUrl, setupExpiresAt } ("reset password"; shown once).
export const POST = apiRoute({ permission: 'users:manage', params: userIdParamsSchema }, async ({ session, params, req }) => {
  const r = await resetPassword(db, session, params.id);
  return NextResponse.json(
    { setupUrl: new URL(r.setupPath, req.nextUrl.origin).toString(), setupExpiresAt: r.setupExpiresAt },
    { status: 201 },
  );
});
