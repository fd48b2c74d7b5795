'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { addAccountActivity } from '@/lib/server/commands/activities';
import { addAccountActivitySchema } from '@/lib/validation/activities';

// The same command as POST /api/v1/accounts/{id}/activities.
export const addAccountActivityAction = commandAction(
  { schema: addAccountActivitySchema, permission: 'activity:write' },
  addAccountActivity,
  {
    revalidate: (input) => [`/accounts/${input.accountId}`, ...(input.opportunityId ? [`/opportunities/${input.opportunityId}`] : [])],
  },
);
