'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
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

const changed = (opportunityId: string) => {
  revalidatePath('/receivables');
  revalidatePath(`/receivables/${opportunityId}`);
};

export const addMilestoneAction = defineAction(
  { schema: addMilestoneSchema, permission: 'receivable:edit' },
  async ({ session, input }) => {
    const m = await addMilestone(db, session, input);
    changed(m.opportunityId);
    return m;
  },
);

export const updateMilestoneAction = defineAction(
  { schema: updateMilestoneSchema, permission: 'receivable:edit' },
  async ({ session, input }) => {
    const m = await updateMilestone(db, session, input);
    changed(m.opportunityId);
    return m;
  },
);

export const deleteMilestoneAction = defineAction(
  { schema: deleteMilestoneSchema, permission: 'receivable:edit' },
  async ({ session, input }) => {
    const r = await deleteMilestone(db, session, input);
    revalidatePath('/receivables', 'layout');
    return r;
  },
);

export const collectMilestoneAction = defineAction(
  { schema: collectMilestoneSchema, permission: 'receivable:collect' },
  async ({ session, input }) => {
    const m = await collectMilestone(db, session, input);
    changed(m.opportunityId);
    return m;
  },
);

// From decision to cash (issue #11): invoices (collected ≤ invoiced ≤ amount) and the rep's
// confirmation of the schedule proposed from the last passed VRB review's snapshot.
export const invoiceMilestoneAction = defineAction(
  { schema: invoiceMilestoneSchema, permission: 'receivable:collect' },
  async ({ session, input }) => {
    const m = await invoiceMilestone(db, session, input);
    changed(m.opportunityId);
    return m;
  },
);

export const confirmProposalAction = defineAction(
  { schema: receivablesProposalSchema, permission: 'receivable:edit' },
  async ({ session, input }) => {
    const r = await confirmReceivablesProposal(db, session, input.opportunityId);
    changed(input.opportunityId);
    revalidatePath(`/opportunities/${input.opportunityId}`);
    return { count: r.milestones.length };
  },
);
