'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { setKeyAccount, updateKamPlan } from '@/lib/server/commands/tools';
import { kamPlanSchema, setKeyAccountSchema } from '@/lib/validation/tools';

// Same commands as PUT /api/v1/accounts/{id}/key-account and /kam-plan.
export const setKeyAccountAction = defineAction(
  { schema: setKeyAccountSchema, permission: 'account:keyAccount' },
  async ({ input, session }) => {
    const r = await setKeyAccount(db, session, input);
    revalidatePath(`/accounts/${input.accountId}`);
    revalidatePath('/accounts');
    return r;
  },
);

export const updateKamPlanAction = defineAction({ schema: kamPlanSchema, permission: 'account:edit' }, async ({ input, session }) => {
  const r = await updateKamPlan(db, session, input);
  revalidatePath(`/accounts/${input.accountId}`);
  return r;
});
