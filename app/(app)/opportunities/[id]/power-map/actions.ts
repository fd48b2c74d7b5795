'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { addPowerMapPerson, updatePowerMapPerson } from '@/lib/server/commands/power-map';
import { addPowerMapPersonSchema, updatePowerMapPersonSchema } from '@/lib/validation/power-map';

// The same commands as POST / PATCH /api/v1/opportunities/{id}/power-map[/{contactId}].
const revalidate = (input: { opportunityId: string }) => [`/opportunities/${input.opportunityId}/power-map`];

export const updatePowerMapPersonAction = commandAction(
  { schema: updatePowerMapPersonSchema, permission: 'tools:edit' },
  updatePowerMapPerson,
  {
    revalidate,
  },
);

export const addPowerMapPersonAction = commandAction({ schema: addPowerMapPersonSchema, permission: 'tools:edit' }, addPowerMapPerson, {
  revalidate,
});
