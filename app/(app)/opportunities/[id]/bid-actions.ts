'use server';
// Authorization: built with defineAction, which calls requireSession() and can(roles, permission)
// before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { updateBid } from '@/lib/server/commands/tools';
import { updateBidSchema } from '@/lib/validation/tools';

// The bid panel's save: the same command as PUT /api/v1/opportunities/{id}/bid.
export const updateBidAction = defineAction({ schema: updateBidSchema, permission: 'opportunity:edit' }, async ({ input, session }) => {
  const view = await updateBid(db, session, input);
  revalidatePath(`/opportunities/${input.opportunityId}`);
  return view;
});
