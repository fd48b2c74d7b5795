'use server';
// Authorization: every action here is built with defineAction (requireSession + can(roles,
// 'users:manage')), and each command checks the permission again inside.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createTeam, createUser, resetPassword, updateTeam, updateUser } from '@/lib/server/commands/people';
import { createTeamSchema, createUserSchema, resetPasswordSchema, updateTeamSchema, updateUserSchema } from '@/lib/validation/users';

async function absolute(path: string) {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}${path}`;
}

export const createUserAction = defineAction({ schema: createUserSchema, permission: 'users:manage' }, async ({ input, session }) => {
  const r = await createUser(db, session, input);
  revalidatePath('/settings/users');
  return { id: r.user.id, setupUrl: await absolute(r.setupPath) };
});

export const updateUserAction = defineAction({ schema: updateUserSchema, permission: 'users:manage' }, async ({ input, session }) => {
  const { userId, ...rest } = input;
  const r = await updateUser(db, session, userId, rest);
  revalidatePath('/settings/users');
  return { version: r.version };
});

export const resetPasswordAction = defineAction({ schema: resetPasswordSchema, permission: 'users:manage' }, async ({ input, session }) => {
  const r = await resetPassword(db, session, input.userId);
  return { setupUrl: await absolute(r.setupPath) };
});

export const createTeamAction = defineAction({ schema: createTeamSchema, permission: 'users:manage' }, async ({ input, session }) => {
  await createTeam(db, session, input);
  revalidatePath('/settings/users');
});

export const updateTeamAction = defineAction({ schema: updateTeamSchema, permission: 'users:manage' }, async ({ input, session }) => {
  await updateTeam(db, session, input);
  revalidatePath('/settings/users');
});
