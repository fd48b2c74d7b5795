'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { linkExpert, unlinkExpert } from '@/lib/server/commands/tools';
import { linkExpertSchema, unlinkExpertSchema } from '@/lib/validation/experts';

// The experts card: PUT and DELETE /api/v1/opportunities/{id}/experts/{expertId} — the same commands.
const pages = (input: { opportunityId: string; expertId: string }) => [
  `/opportunities/${input.opportunityId}`,
  `/tools/experts/${input.expertId}`,
];

export const linkExpertAction = commandAction({ schema: linkExpertSchema, permission: 'opportunity:edit' }, linkExpert, {
  revalidate: pages,
});

export const unlinkExpertAction = commandAction({ schema: unlinkExpertSchema, permission: 'opportunity:edit' }, unlinkExpert, {
  revalidate: pages,
});
