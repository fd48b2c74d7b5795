'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { issueApiToken, revokeApiToken } from '@/lib/server/commands/api-tokens';
import { setUserDisabled, setUserRoles } from '@/lib/server/commands/users';
import { createTokenFormSchema, revokeTokenSchema } from '@/lib/validation/tokens';
import { setUserDisabledSchema, setUserRolesSchema } from '@/lib/validation/users';

export const createTokenAction = defineAction({ schema: createTokenFormSchema, permission: 'token:manage' }, async ({ input, session }) => {
  const t = await issueApiToken(db, session.userId, input.name);
  revalidatePath('/settings');
  return { token: t.token };
});

export const revokeTokenAction = defineAction({ schema: revokeTokenSchema, permission: 'token:manage' }, async ({ input, session }) => {
  await revokeApiToken(db, session, input.id);
  revalidatePath('/settings');
});

export const setUserDisabledAction = defineAction(
  { schema: setUserDisabledSchema, permission: 'users:manage' },
  async ({ input, session }) => {
    await setUserDisabled(db, session, input);
    revalidatePath('/settings');
  },
);

export const setUserRolesAction = defineAction({ schema: setUserRolesSchema, permission: 'users:manage' }, async ({ input, session }) => {
  await setUserRoles(db, session, input);
  revalidatePath('/settings');
});
