'use server';
// Authorization: every action here is built with defineAction({ schema, permission }), which calls
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// "+ 사업기회" (board, account page): the same command as POST /api/v1/opportunities. Built with
// defineAction (session + 'opportunity:create' first; the command checks owner access and the tier engine).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createOpportunity } from '@/lib/server/commands/opportunities/create-opportunity';
import { createOpportunitySchema } from '@/lib/validation/opportunities';

export const createOpportunityAction = defineAction(
  { schema: createOpportunitySchema, permission: 'opportunity:create' },
  async ({ input, session }) => {
    const r = await createOpportunity(db, session, input);
    revalidatePath('/tiers');
    revalidatePath(`/accounts/${r.accountId}`);
    return { id: r.id, tier: r.tier };
  },
);
