'use server';
// Authorization: every action here is built with defineAction({ schema, permission }), which calls
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The account page's forms: the same commands as POST|PATCH /api/v1/accounts[/{id}] and
// POST|PATCH|DELETE /api/v1/contacts[/{id}]. Built with defineAction (session + role check first).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createAccount } from '@/lib/server/commands/accounts/create-account';
import { updateAccount } from '@/lib/server/commands/accounts/update-account';
import { createContact } from '@/lib/server/commands/contacts/create-contact';
import { removeContact } from '@/lib/server/commands/contacts/remove-contact';
import { updateContact } from '@/lib/server/commands/contacts/update-contact';
import {
  createAccountSchema,
  createContactSchema,
  removeContactSchema,
  updateAccountSchema,
  updateContactSchema,
} from '@/lib/validation/accounts';

export const createAccountAction = defineAction({ schema: createAccountSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const a = await createAccount(db, session, input);
  revalidatePath('/accounts');
  return { id: a.id };
});

export const updateAccountAction = defineAction({ schema: updateAccountSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const a = await updateAccount(db, session, input);
  revalidatePath(`/accounts/${input.accountId}`);
  return { id: a.id, version: a.version };
});

export const createContactAction = defineAction({ schema: createContactSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const c = await createContact(db, session, input);
  revalidatePath(`/accounts/${input.accountId}`);
  return { id: c.id };
});

export const updateContactAction = defineAction({ schema: updateContactSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const c = await updateContact(db, session, input);
  revalidatePath(`/accounts/${c.accountId}`);
  return { id: c.id, version: c.version };
});

export const removeContactAction = defineAction({ schema: removeContactSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const c = await removeContact(db, session, input);
  revalidatePath(`/accounts/${c.accountId}`);
  return { id: c.id };
});
