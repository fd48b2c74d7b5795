'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { getImportStatus, previewImport, startImport } from '@/lib/server/commands/leads/import';
import { BULK_LEAD_PERMISSION, bulkLeads, convertLead, disqualifyLead, getLead, qualifyLead } from '@/lib/server/commands/leads/leads';
import { updateLead } from '@/lib/server/commands/leads/update-lead';
import { createLead } from '@/lib/server/commands/leads/create-lead';
import { getSetting } from '@/lib/server/settings';
import {
  createLeadSchema,
  updateLeadSchema,
  bulkLeadActionSchema,
  convertBodySchema,
  disqualifyBodySchema,
  previewImportSchema,
  qualifyBodySchema,
  startImportSchema,
} from '@/lib/validation/leads';

// The inbox's and the import wizard's actions: the same commands as /api/v1/leads/*.
const id = { id: z.uuid() };

export const qualifyLeadAction = defineAction(
  { schema: qualifyBodySchema.extend(id), permission: 'lead:qualify' },
  async ({ input: { id, ...rest }, session }) => {
    const r = await qualifyLead(db, session, id, rest);
    revalidatePath('/leads');
    return { id: r.id, version: r.version };
  },
);

export const disqualifyLeadAction = defineAction(
  { schema: disqualifyBodySchema.extend(id), permission: 'lead:disqualify' },
  async ({ input: { id, ...rest }, session }) => {
    const r = await disqualifyLead(db, session, id, rest);
    revalidatePath('/leads');
    return { id: r.id, version: r.version };
  },
);

export const convertLeadAction = defineAction(
  { schema: convertBodySchema.extend(id), permission: 'lead:convert' },
  async ({ input: { id, ...rest }, session }) => {
    const r = await convertLead(db, session, id, rest);
    revalidatePath('/leads');
    revalidatePath('/tiers');
    return r;
  },
);

// one action for three operations: the wrapper checks 'lead:read' and then the operation's own
// permission (permissionOf); the command asserts the operation's permission again
export const bulkLeadsAction = defineAction(
  { schema: bulkLeadActionSchema, permission: 'lead:read', permissionOf: (input) => BULK_LEAD_PERMISSION[input.action] },
  async ({ input, session }) => {
    const r = await bulkLeads(db, session, input);
    revalidatePath('/leads');
    return r;
  },
);

export const leadDetailAction = defineAction(
  { schema: z.strictObject({ id: z.uuid() }), permission: 'lead:read' },
  async ({ input, session }) => {
    const { lead, checklist } = await getLead(db, session, input.id);
    return {
      checklist,
      // the rule set, so the edit form re-runs the same pure checklist as the user types
      rules: await getSetting(db, 'qualificationRules'),
      lead: {
        id: lead.id,
        status: lead.status,
        version: lead.version,
        email: lead.email,
        name: lead.name,
        company: lead.company,
        title: lead.title,
        phone: lead.phone,
        website: lead.website,
        businessRegistrationNo: lead.businessRegistrationNo,
        temperature: lead.temperature,
        source: lead.source,
        campaign: lead.campaign,
        need: lead.need,
        intent: lead.intent,
        budget: lead.budget?.toString() ?? null,
        notes: lead.notes,
        ownerId: lead.ownerId,
        ownerName: lead.owner?.name ?? null,
        importFile: lead.importBatch?.fileName ?? null,
        opportunityId: lead.opportunityId,
        createdAt: lead.createdAt.toISOString(),
      },
    };
  },
);

export const previewImportAction = defineAction({ schema: previewImportSchema, permission: 'lead:import' }, async ({ input, session }) => {
  const a = await previewImport(db, session, input);
  return { problems: a.problems, preview: a.preview };
});

export const startImportAction = defineAction({ schema: startImportSchema, permission: 'lead:import' }, async ({ input, session }) => {
  const r = await startImport(db, session, input);
  revalidatePath('/leads/import');
  return r;
});

export const importStatusAction = defineAction(
  { schema: z.strictObject({ batchId: z.uuid() }), permission: 'lead:import' },
  async ({ input, session }) => getImportStatus(db, session, input.batchId, 50),
);

/** The drawer's edit form (same command as PATCH /api/v1/leads/{id}). */
export const updateLeadAction = defineAction({ schema: updateLeadSchema, permission: 'lead:edit' }, async ({ input, session }) => {
  const r = await updateLead(db, session, input);
  revalidatePath('/leads');
  return r;
});

/** "+ 리드" (same command as POST /api/v1/leads). */
export const createLeadAction = defineAction({ schema: createLeadSchema, permission: 'lead:edit' }, async ({ input, session }) => {
  const r = await createLead(db, session, input);
  revalidatePath('/leads');
  return r;
});
