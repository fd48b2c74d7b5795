'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { moveOpportunityTier, reorderOpportunity, snoozeStall } from '@/lib/server/commands/opportunities';
import { moveTierSchema, reorderSchema, snoozeStallSchema } from '@/lib/validation/opportunities';

// The board's moves call the same command as POST /api/v1/opportunities/{id}/tier.
export const moveTierAction = commandAction({ schema: moveTierSchema, permission: 'tier:move' }, moveOpportunityTier, {
  revalidate: (input) => [`/opportunities/${input.opportunityId}`],
});

export const snoozeStallAction = commandAction({ schema: snoozeStallSchema, permission: 'tier:snooze' }, snoozeStall, {
  revalidate: (input) => ['/tiers', `/opportunities/${input.opportunityId}`],
});

// Drag within a column or Alt+↑/↓: the same command as POST /api/v1/opportunities/{id}/position.
export const reorderCardAction = commandAction({ schema: reorderSchema, permission: 'tier:move' }, reorderOpportunity);
