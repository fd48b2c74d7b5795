'use server';
// Authorization: every action here is built with defineAction, or with commandAction (the import
// wizard's through importWizardActions, lib/server/import/import-actions.ts), which goes through
// defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import { previewImport, startImport } from '@/lib/server/commands/leads/import';
import { importWizardActions } from '@/lib/server/import/import-actions';
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

const inbox = () => ['/leads'];
const idAndVersion = (r: { id: string; version: number }) => ({ id: r.id, version: r.version });

export const qualifyLeadAction = commandAction(
  { schema: qualifyBodySchema.extend(id), permission: 'lead:qualify' },
  (db, session, { id, ...rest }) => qualifyLead(db, session, id, rest),
  { revalidate: inbox, result: idAndVersion },
);

export const disqualifyLeadAction = commandAction(
  { schema: disqualifyBodySchema.extend(id), permission: 'lead:disqualify' },
  (db, session, { id, ...rest }) => disqualifyLead(db, session, id, rest),
  { revalidate: inbox, result: idAndVersion },
);

export const convertLeadAction = commandAction(
  { schema: convertBodySchema.extend(id), permission: 'lead:convert' },
  (db, session, { id, ...rest }) => convertLead(db, session, id, rest),
  { revalidate: () => ['/leads', '/tiers'] },
);

// one action for three operations: the wrapper checks 'lead:read' and then the operation's own
// permission (permissionOf); the command asserts the operation's permission again
export const bulkLeadsAction = commandAction(
  { schema: bulkLeadActionSchema, permission: 'lead:read', permissionOf: (input) => BULK_LEAD_PERMISSION[input.action] },
  bulkLeads,
  { revalidate: inbox },
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

const wizard = importWizardActions('lead:import');

export const previewImportAction = wizard.preview(previewImportSchema, previewImport);

export const startImportAction = wizard.start(startImportSchema, startImport, '/leads/import');

export const importStatusAction = wizard.status();

/** The drawer's edit form (same command as PATCH /api/v1/leads/{id}). */
export const updateLeadAction = commandAction({ schema: updateLeadSchema, permission: 'lead:edit' }, updateLead, { revalidate: inbox });

/** "+ 리드" (same command as POST /api/v1/leads). */
export const createLeadAction = commandAction({ schema: createLeadSchema, permission: 'lead:edit' }, createLead, { revalidate: inbox });
