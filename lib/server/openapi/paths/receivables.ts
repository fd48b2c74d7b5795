import { z } from '@/lib/validation/z';
import {
  addMilestoneBodySchema,
  collectMilestoneBodySchema,
  deleteMilestoneQuerySchema,
  listReceivablesQuerySchema,
  milestoneViewSchema,
  receivableListSchema,
  updateMilestoneBodySchema,
} from '@/lib/validation/receivables';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import type { ApiOperation } from '../types';

// Receivables (SPEC §6): a won deal's payment schedule (착수금/중도금/잔금) and the overdue list.
const writeErrors = {
  400: { description: 'Validation failed (error.fields)' },
  403: { description: 'Role may not edit receivables' },
  404: { description: "Not found (another rep's or team's deal, which you can read, is 403)" },
  409: { description: 'Stale `version`: `current` holds the current milestone' },
  422: { description: 'The deal is not won, the schedule would exceed the contract amount, or the collection is invalid' },
} as const;

export const receivablesOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/receivables/export',
    summary: 'Export the filtered receivables list (every page)',
    tags: ['receivables'],
    query: withExportParams(listReceivablesQuerySchema),
  }),
  {
    method: 'get',
    path: '/api/v1/receivables',
    summary:
      'Payment milestones of won deals by due date (keyset pages); status overdue (default) | due (within 30 days) | outstanding | all, in Korea time',
    tags: ['receivables'],
    query: listReceivablesQuerySchema as unknown as z.ZodObject,
    responses: { 200: { description: 'A page of milestones', schema: receivableListSchema }, 400: { description: 'Bad filter or cursor' } },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/payment-milestones',
    summary: 'Add a payment milestone to a won deal (the schedule may not exceed the contract amount)',
    tags: ['receivables'],
    body: addMilestoneBodySchema,
    responses: { 201: { description: 'Created', schema: milestoneViewSchema }, ...writeErrors },
  },
  {
    method: 'patch',
    path: '/api/v1/payment-milestones/{id}',
    summary: "Change a milestone's kind, amount or due date (carries `version`)",
    tags: ['receivables'],
    body: updateMilestoneBodySchema,
    responses: { 200: { description: 'Updated', schema: milestoneViewSchema }, ...writeErrors },
  },
  {
    method: 'delete',
    path: '/api/v1/payment-milestones/{id}',
    summary: 'Delete a milestone (`?version=` the current version)',
    tags: ['receivables'],
    query: deleteMilestoneQuerySchema as unknown as z.ZodObject,
    responses: { 200: { description: 'Deleted', schema: z.strictObject({ id: z.uuid(), deleted: z.literal(true) }) }, ...writeErrors },
  },
  {
    method: 'post',
    path: '/api/v1/payment-milestones/{id}/collect',
    summary: 'Record the total collected so far (partial allowed; equal to the amount = collected; 0 = undo)',
    tags: ['receivables'],
    body: collectMilestoneBodySchema,
    responses: { 200: { description: 'Updated', schema: milestoneViewSchema }, ...writeErrors },
  },
];
