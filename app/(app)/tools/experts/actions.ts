'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) before the command runs
// (tests/integration/route-sweep.test.ts checks it). Each calls the same command as its /api/v1 route.
import { commandAction } from '@/lib/server/command-action';
import { createExpert, updateExpert } from '@/lib/server/commands/tools';
import { createExpertBodySchema, updateExpertSchema } from '@/lib/validation/experts';

export const createExpertAction = commandAction({ schema: createExpertBodySchema, permission: 'tools:edit' }, createExpert, {
  revalidate: () => ['/tools/experts'],
});

export const updateExpertAction = commandAction({ schema: updateExpertSchema, permission: 'tools:edit' }, updateExpert, {
  revalidate: (input) => [`/tools/experts/${input.expertId}`, '/tools/experts'],
});
