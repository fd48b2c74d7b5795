'use server';
// Authorization: every action here is built with commandAction({ schema, permission }, command), which
// goes through defineAction: requireSession() and can(roles, permission) before the command runs, and
// each command asserts the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The account page's forms: the same commands as POST|PATCH /api/v1/accounts[/{id}] and
// POST|PATCH|DELETE /api/v1/contacts[/{id}].
import { commandAction } from '@/lib/server/command-action';
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

const accountPage = (accountId: string) => [`/accounts/${accountId}`];

export const createAccountAction = commandAction({ schema: createAccountSchema, permission: 'account:edit' }, createAccount, {
  revalidate: () => ['/accounts'],
  result: (a) => ({ id: a.id }),
});

export const updateAccountAction = commandAction({ schema: updateAccountSchema, permission: 'account:edit' }, updateAccount, {
  revalidate: (input) => accountPage(input.accountId),
  result: (a) => ({ id: a.id, version: a.version }),
});

export const createContactAction = commandAction({ schema: createContactSchema, permission: 'account:edit' }, createContact, {
  revalidate: (input) => accountPage(input.accountId),
  result: (c) => ({ id: c.id }),
});

export const updateContactAction = commandAction({ schema: updateContactSchema, permission: 'account:edit' }, updateContact, {
  revalidate: (_, c) => accountPage(c.accountId),
  result: (c) => ({ id: c.id, version: c.version }),
});

export const removeContactAction = commandAction({ schema: removeContactSchema, permission: 'account:edit' }, removeContact, {
  revalidate: (_, c) => accountPage(c.accountId),
  result: (c) => ({ id: c.id }),
});
