'use server';
// Authorization: every action here is built with commandAction({ schema, permission }, command), which
// goes through defineAction: requireSession() and can(roles, permission) before the command runs, and
// each command asserts the same permission again (tests/integration/route-sweep.test.ts checks every export).
// "+ 사업기회" (board, account page): the same command as POST /api/v1/opportunities (session +
// 'opportunity:create' first; the command checks owner access and the tier engine).
import { commandAction } from '@/lib/server/command-action';
import { createOpportunity } from '@/lib/server/commands/opportunities/create-opportunity';
import { createOpportunitySchema } from '@/lib/validation/opportunities';

export const createOpportunityAction = commandAction(
  { schema: createOpportunitySchema, permission: 'opportunity:create' },
  createOpportunity,
  {
    revalidate: (_, r) => ['/tiers', `/accounts/${r.accountId}`],
    result: (r) => ({ id: r.id, tier: r.tier }),
  },
);
