'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { setKeyAccount, updateKamPlan } from '@/lib/server/commands/tools';
import { kamPlanSchema, setKeyAccountSchema } from '@/lib/validation/tools';

// Same commands as PUT /api/v1/accounts/{id}/key-account and /kam-plan.
export const setKeyAccountAction = commandAction({ schema: setKeyAccountSchema, permission: 'account:keyAccount' }, setKeyAccount, {
  revalidate: (input) => [`/accounts/${input.accountId}`, '/accounts'],
});

export const updateKamPlanAction = commandAction({ schema: kamPlanSchema, permission: 'account:edit' }, updateKamPlan, {
  revalidate: (input) => [`/accounts/${input.accountId}`],
});
