'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) before the command runs
// (tests/integration/route-sweep.test.ts checks it). Each calls the same command as its /api/v1 route.
import { commandAction } from '@/lib/server/command-action';
import { createQaEntry, updateQaEntry } from '@/lib/server/commands/tools';
import { createQaEntryBodySchema, updateQaEntrySchema } from '@/lib/validation/tools';

const revalidate = () => ['/tools/qa'];

export const createQaEntryAction = commandAction({ schema: createQaEntryBodySchema, permission: 'tools:edit' }, createQaEntry, {
  revalidate,
});

export const updateQaEntryAction = commandAction({ schema: updateQaEntrySchema, permission: 'tools:edit' }, updateQaEntry, { revalidate });
