'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { moveOpportunityTier, reorderOpportunity, snoozeStall } from '@/lib/server/commands/opportunities';
import { moveTierSchema, reorderSchema, snoozeStallSchema } from '@/lib/validation/opportunities';

// The board's moves call the same command as POST /api/v1/opportunities/{id}/tier.
export const moveTierAction = defineAction({ schema: moveTierSchema, permission: 'tier:move' }, async ({ input, session }) => {
  const result = await moveOpportunityTier(db, session, input);
  revalidatePath(`/opportunities/${input.opportunityId}`);
  return result;
});

export const snoozeStallAction = defineAction({ schema: snoozeStallSchema, permission: 'tier:snooze' }, async ({ input, session }) => {
  const result = await snoozeStall(db, session, input);
  revalidatePath('/tiers');
  revalidatePath(`/opportunities/${input.opportunityId}`);
  return result;
});

// Drag within a column or Alt+↑/↓: the same command as POST /api/v1/opportunities/{id}/position.
export const reorderCardAction = defineAction({ schema: reorderSchema, permission: 'tier:move' }, async ({ input, session }) =>
  reorderOpportunity(db, session, input),
);
