'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { issueApiToken, revokeApiToken } from '@/lib/server/commands/api-tokens';
import { cookies } from 'next/headers';
import { SESSION_COOKIE } from '@/lib/auth/config';
import { changePassword } from '@/lib/server/commands/people';
import { createTokenFormSchema, revokeTokenSchema } from '@/lib/validation/tokens';
import { changePasswordSchema } from '@/lib/validation/users';

export const createTokenAction = defineAction({ schema: createTokenFormSchema, permission: 'token:manage' }, async ({ input, session }) => {
  const t = await issueApiToken(db, session.userId, input.name);
  revalidatePath('/settings');
  return { token: t.token };
});

export const revokeTokenAction = defineAction({ schema: revokeTokenSchema, permission: 'token:manage' }, async ({ input, session }) => {
  await revokeApiToken(db, session, input.id);
  revalidatePath('/settings');
});

// Every signed-in person changes their own password; their other sessions end (this one stays).
export const changePasswordAction = defineAction(
  { schema: changePasswordSchema, permission: 'profile:edit' },
  async ({ input, session }) => {
    const current = (await cookies()).get(SESSION_COOKIE)?.value ?? null;
    return changePassword(db, session, input, current);
  },
);
