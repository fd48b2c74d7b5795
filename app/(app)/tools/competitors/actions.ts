'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) before the command runs
// (tests/integration/route-sweep.test.ts checks it). Each calls the same command as its /api/v1 route.
import { commandAction } from '@/lib/server/command-action';
import { createCompetitor, updateCompetitor } from '@/lib/server/commands/tools';
import { createCompetitorBodySchema, updateCompetitorSchema } from '@/lib/validation/tools';

export const createCompetitorAction = commandAction({ schema: createCompetitorBodySchema, permission: 'tools:edit' }, createCompetitor, {
  revalidate: () => ['/tools/competitors'],
});

export const updateCompetitorAction = commandAction({ schema: updateCompetitorSchema, permission: 'tools:edit' }, updateCompetitor, {
  revalidate: (input) => [`/tools/competitors/${input.competitorId}`, '/tools/competitors'],
});
