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
import type { ApiOperation } from '../types';

// The rep's sales tools (issue #12): the power map (items 1) and activities with next steps (item 7).

const refusal = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
});
const conflict = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: powerMapPersonItemSchema }),
  current: powerMapPersonItemSchema,
});
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
  {
    method: 'get',
    path: '/api/v1/opportunities/{id}/power-map',
    summary: "The deal's buying committee: stance, power 1–5, decision role, reports-to and our relationship owner per person",
    tags: ['power-map'],
    responses: { 200: { description: 'The power map', schema: powerMapViewSchema }, 404: { description: 'Not found' } },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/power-map',
    summary: "Add a person (a new contact of the deal's account) to the power map",
    tags: ['power-map'],
    body: addPowerMapPersonBodySchema,
    responses: {
      201: { description: 'The person', schema: powerMapPersonItemSchema },
      400: { description: 'Invalid input (power outside 1–5, a manager not on the account)', schema: refusal },
      403: { description: 'Role may not edit sales tools' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
    },
  },
  {
    method: 'patch',
    path: '/api/v1/opportunities/{id}/power-map/{contactId}',
    summary: 'Edit one person: reportsToId, stance, power, powerRole, relationshipOwnerId, with the version read',
    tags: ['power-map'],
    body: patchPowerMapPersonBodySchema,
    responses: {
      200: { description: 'The person', schema: powerMapPersonItemSchema },
      400: { description: 'Invalid input (power outside 1–5, self as manager, manager not on the account)', schema: refusal },
      403: { description: 'Role may not edit sales tools' },
      404: { description: 'Deal not found, or the person is not on its map (a deal you read but may not edit is 403)' },
      409: { description: 'Stale version', schema: conflict },
      422: { description: 'The manager would close a reports-to loop (details.path)', schema: refusal },
    },
  },
  {
    method: 'get',
    path: '/api/v1/accounts/{id}/power-map',
    summary: "The union of the power maps of the account's deals",
    tags: ['power-map'],
    responses: { 200: { description: 'The power map', schema: powerMapViewSchema }, 404: { description: 'Not found' } },
  },
  mapExport(
    '/api/v1/opportunities/{id}/power-map/export',
    "The deal's power map as its table shows it (name, title, reports to, stance, power, decision role, relationship owner)",
  ),
  mapExport('/api/v1/accounts/{id}/power-map/export', "The account's power map (the union over its deals) as its table shows it"),
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/activities',
    summary:
      "Log an activity on a deal (meeting, call, email, visit, demo, proposal, note, task); a next step becomes the deal's next step",
    tags: ['activities'],
    body: addOpportunityActivityBodySchema,
    responses: {
      201: { description: 'The activity', schema: activityItemSchema },
      400: { description: 'Invalid input', schema: refusal },
      403: { description: 'Role may not log activities' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{id}/activities',
    summary: "Log an activity on an account; with opportunityId also on that deal (its next step becomes the deal's)",
    tags: ['activities'],
    body: addAccountActivityBodySchema,
    responses: {
      201: { description: 'The activity', schema: activityItemSchema },
      400: { description: 'Invalid input', schema: refusal },
      403: { description: 'Role may not log activities, or the deal is not yours / not of this account' },
      404: { description: 'Account not found' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/me/this-week',
    summary: "The caller's 이번 주: next steps due up to Sunday (overdue included) and bid deadlines to the end of Sunday (Korea)",
    tags: ['work'],
    responses: { 200: { description: 'This week', schema: week } },
  },
];
