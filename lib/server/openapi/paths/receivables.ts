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
import { listOperation, writeOperation, type OwnErrors } from '../operations';
import type { ApiOperation } from '../types';

// Receivables (SPEC §6): a won deal's payment schedule (착수금/중도금/잔금) and the overdue list.
const writeErrors = {
  invalid: 'Validation failed (error.fields)',
  forbidden: 'Role may not edit receivables',
  notFound: "Not found (another rep's or team's deal, which you can read, is 403)",
  conflict: 'Stale `version`: `current` holds the current milestone',
  refused: 'The deal is not won, the schedule would exceed the contract amount, or the collection is invalid',
} as const satisfies OwnErrors;
const updated = { description: 'Updated', schema: milestoneViewSchema };

export const receivablesOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/receivables/export',
    summary: 'Export the filtered receivables list (every page)',
    tags: ['receivables'],
    query: withExportParams(listReceivablesQuerySchema),
  }),
  listOperation({
    path: '/api/v1/receivables',
    summary:
      'Payment milestones of won deals by due date (keyset pages); status overdue (default) | due (within 30 days) | outstanding | all, in Korea time',
    tags: ['receivables'],
    query: listReceivablesQuerySchema,
    ok: { description: 'A page of milestones', schema: receivableListSchema },
    invalid: 'Bad filter or cursor',
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/payment-milestones',
    summary: 'Add a payment milestone to a won deal (the schedule may not exceed the contract amount)',
    tags: ['receivables'],
    body: addMilestoneBodySchema,
    created: { description: 'Created', schema: milestoneViewSchema },
    ...writeErrors,
  }),
  writeOperation('patch', {
    path: '/api/v1/payment-milestones/{id}',
    summary: "Change a milestone's kind, amount or due date (carries `version`)",
    tags: ['receivables'],
    body: updateMilestoneBodySchema,
    ok: updated,
    ...writeErrors,
  }),
  writeOperation('delete', {
    path: '/api/v1/payment-milestones/{id}',
    summary: 'Delete a milestone (`?version=` the current version)',
    tags: ['receivables'],
    query: deleteMilestoneQuerySchema,
    ok: { description: 'Deleted', schema: z.strictObject({ id: z.uuid(), deleted: z.literal(true) }) },
    ...writeErrors,
  }),
  writeOperation('post', {
    path: '/api/v1/payment-milestones/{id}/collect',
    summary: 'Record the total collected so far (partial allowed; equal to the amount = collected; 0 = undo)',
    tags: ['receivables'],
    body: collectMilestoneBodySchema,
    ok: updated,
    ...writeErrors,
  }),
];
