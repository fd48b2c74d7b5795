'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { addAccountActivity } from '@/lib/server/commands/activities';
import { addAccountActivitySchema } from '@/lib/validation/activities';

// The same command as POST /api/v1/accounts/{id}/activities.
export const addAccountActivityAction = defineAction(
  { schema: addAccountActivitySchema, permission: 'activity:write' },
  async ({ input, session }) => {
    const a = await addAccountActivity(db, session, input);
    revalidatePath(`/accounts/${input.accountId}`);
    if (input.opportunityId) revalidatePath(`/opportunities/${input.opportunityId}`);
    return a;
  },
);
