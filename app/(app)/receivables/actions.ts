'use server';
// Authorization: every action here is built with defineAction, or with commandAction, which goes
// through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import {
  addMilestone,
  collectMilestone,
  confirmReceivablesProposal,
  deleteMilestone,
  invoiceMilestone,
  updateMilestone,
} from '@/lib/server/commands/receivables';
import {
  addMilestoneSchema,
  collectMilestoneSchema,
  deleteMilestoneSchema,
  invoiceMilestoneSchema,
  receivablesProposalSchema,
  updateMilestoneSchema,
} from '@/lib/validation/receivables';

// The /receivables page's actions: the same commands as /api/v1/receivables,
// /api/v1/opportunities/{id}/payment-milestones and /api/v1/payment-milestones/{id}[/collect].

const receivablesPages = (opportunityId: string) => ['/receivables', `/receivables/${opportunityId}`];
const revalidate = (_: unknown, m: { opportunityId: string }) => receivablesPages(m.opportunityId);

export const addMilestoneAction = commandAction({ schema: addMilestoneSchema, permission: 'receivable:edit' }, addMilestone, {
  revalidate,
});

export const updateMilestoneAction = commandAction({ schema: updateMilestoneSchema, permission: 'receivable:edit' }, updateMilestone, {
  revalidate,
});

export const deleteMilestoneAction = defineAction(
  { schema: deleteMilestoneSchema, permission: 'receivable:edit' },
  async ({ session, input }) => {
    const r = await deleteMilestone(db, session, input);
    revalidatePath('/receivables', 'layout');
    return r;
  },
);

export const collectMilestoneAction = commandAction(
  { schema: collectMilestoneSchema, permission: 'receivable:collect' },
  collectMilestone,
  { revalidate },
);

export const invoiceMilestoneAction = commandAction(
  { schema: invoiceMilestoneSchema, permission: 'receivable:collect' },
  invoiceMilestone,
  { revalidate },
);

export const confirmProposalAction = commandAction(
  { schema: receivablesProposalSchema, permission: 'receivable:edit' },
  (db, session, input) => confirmReceivablesProposal(db, session, input.opportunityId),
  {
    revalidate: (input) => [...receivablesPages(input.opportunityId), `/opportunities/${input.opportunityId}`],
    result: (r) => ({ count: r.milestones.length }),
  },
);
