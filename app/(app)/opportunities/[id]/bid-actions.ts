'use server';
// Authorization: built with commandAction (lib/server/command-action.ts), which goes through
// defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { updateBid } from '@/lib/server/commands/tools';
import { updateBidSchema } from '@/lib/validation/tools';

// The bid panel's save: the same command as PUT /api/v1/opportunities/{id}/bid.
export const updateBidAction = commandAction({ schema: updateBidSchema, permission: 'opportunity:edit' }, updateBid, {
  revalidate: (input) => [`/opportunities/${input.opportunityId}`],
});
