import { z } from '@/lib/validation/z';
import {
  addPowerMapPersonBodySchema,
  patchPowerMapPersonBodySchema,
  powerMapPersonItemSchema,
  powerMapViewSchema,
} from '@/lib/validation/power-map';
import { activityItemSchema, addAccountActivityBodySchema, addOpportunityActivityBodySchema } from '@/lib/validation/activities';
import { exportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { errorSchema } from '../build';
import { conflictWith } from '../errors';
import { getOperation, NOT_YOURS, staleVersion, updateOperation, writeOperation } from '../operations';
import type { ApiOperation } from '../types';

// The rep's sales tools (issue #12): the power map (items 1) and activities with next steps (item 7).

const refusal = errorSchema.pick({ error: true });
const activity = { description: 'The activity', schema: activityItemSchema };
const person = { description: 'The person', schema: powerMapPersonItemSchema };
const powerMap = { description: 'The power map', schema: powerMapViewSchema };
const week = z.object({
  monday: z.iso.date(),
  sunday: z.iso.date(),
  items: z.array(
    z.object({
      kind: z.enum(['NEXT_STEP', 'BID_DEADLINE']),
      opportunityId: z.uuid(),
      opportunityName: z.string(),
      accountName: z.string(),
      text: z.string().nullable().describe('the next step, or the bid notice number'),
      at: z.string().describe("'YYYY-MM-DD' (next step) or an instant (bid deadline)"),
      overdue: z.boolean(),
    }),
  ),
});

const mapExport = (path: string, summary: string) =>
  exportOperation({ path, summary, tags: ['power-map'], query: z.object(exportParams), notFound: 'Not found' });

export const powerMapOperations: ApiOperation[] = [
  getOperation({
    path: '/api/v1/opportunities/{id}/power-map',
    summary: "The deal's buying committee: stance, power 1–5, decision role, reports-to and our relationship owner per person",
    tags: ['power-map'],
    ok: powerMap,
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/power-map',
    summary: "Add a person (a new contact of the deal's account) to the power map",
    tags: ['power-map'],
    body: addPowerMapPersonBodySchema,
    created: person,
    invalid: { description: 'Invalid input (power outside 1–5, a manager not on the account)', schema: refusal },
    forbidden: 'Role may not edit sales tools',
    notFound: NOT_YOURS,
  }),
  updateOperation({
    path: '/api/v1/opportunities/{id}/power-map/{contactId}',
    summary: 'Edit one person: reportsToId, stance, power, powerRole, relationshipOwnerId, with the version read',
    tags: ['power-map'],
    body: patchPowerMapPersonBodySchema,
    ok: person,
    invalid: { description: 'Invalid input (power outside 1–5, self as manager, manager not on the account)', schema: refusal },
    forbidden: 'Role may not edit sales tools',
    notFound: 'Deal not found, or the person is not on its map (a deal you read but may not edit is 403)',
    conflict: staleVersion(conflictWith(powerMapPersonItemSchema)),
    refused: { description: 'The manager would close a reports-to loop (details.path)', schema: refusal },
  }),
  getOperation({
    path: '/api/v1/accounts/{id}/power-map',
    summary: "The union of the power maps of the account's deals",
    tags: ['power-map'],
    ok: powerMap,
  }),
  mapExport(
    '/api/v1/opportunities/{id}/power-map/export',
    "The deal's power map as its table shows it (name, title, reports to, stance, power, decision role, relationship owner)",
  ),
  mapExport('/api/v1/accounts/{id}/power-map/export', "The account's power map (the union over its deals) as its table shows it"),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/activities',
    summary:
      "Log an activity on a deal (meeting, call, email, visit, demo, proposal, note, task); a next step becomes the deal's next step",
    tags: ['activities'],
    body: addOpportunityActivityBodySchema,
    created: activity,
    invalid: { description: 'Invalid input', schema: refusal },
    forbidden: 'Role may not log activities',
    notFound: NOT_YOURS,
  }),
  writeOperation('post', {
    path: '/api/v1/accounts/{id}/activities',
    summary: "Log an activity on an account; with opportunityId also on that deal (its next step becomes the deal's)",
    tags: ['activities'],
    body: addAccountActivityBodySchema,
    created: activity,
    invalid: { description: 'Invalid input', schema: refusal },
    forbidden: 'Role may not log activities, or the deal is not yours / not of this account',
    notFound: 'Account not found',
  }),
  getOperation({
    path: '/api/v1/me/this-week',
    summary: "The caller's 이번 주: next steps due up to Sunday (overdue included) and bid deadlines to the end of Sunday (Korea)",
    tags: ['work'],
    ok: { description: 'This week', schema: week },
  }),
];
