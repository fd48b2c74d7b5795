import { z } from '@/lib/validation/z';
import {
  listOpportunitiesQuerySchema,
  moveTierBodySchema,
  patchOpportunityBodySchema,
  reorderBodySchema,
  snoozeStallBodySchema,
} from '@/lib/validation/opportunities';
import { conflictWith } from '../errors';
import { getOperation, listOperation, NOT_YOURS, staleVersion, updateOperation, writeOperation } from '../operations';
import type { ApiOperation } from '../types';
import { apiTier, day, decimal, instant } from '../types';

// The response shape (serializeOpportunity), documented for clients.
export const opportunitySchemaOut = z.object({
  id: z.uuid(),
  name: z.string(),
  accountId: z.uuid(),
  accountName: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  amount: decimal.nullable(),
  currency: z.string(),
  businessCategoryId: z.uuid().nullable(),
  regionScope: z.enum(['DOMESTIC', 'OVERSEAS']),
  country: z.string(),
  salesRegionId: z.uuid().nullable(),
  expectedCloseDate: day.nullable(),
  need: z.string().nullable(),
  tier: apiTier,
  outcome: z.enum(['OPEN', 'WON', 'LOST', 'NO_BID', 'DROPPED']),
  lastOpenTier: apiTier.nullable(),
  unmetAtEntry: z.array(z.string()),
  salesStage: z.string(),
  horizon: z.enum(['SHORT', 'MID', 'LONG']).nullable(),
  tierEnteredAt: instant,
  closedAt: instant.nullable(),
  lossType: z.enum(['COMPETITOR', 'NO_DECISION']).nullable(),
  lostToCompetitorId: z.uuid().nullable(),
  contractAmount: decimal.nullable(),
  reasonIds: z.array(z.uuid()),
  resourcePersonMonths: z.number().nullable(),
  resourceBudget: decimal.nullable(),
  resourceDays: z.int().nullable(),
  marketPolitical: z.string().nullable(),
  marketSocial: z.string().nullable(),
  marketCultural: z.string().nullable(),
  marketNotes: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDueDate: day.nullable(),
  proposalDueDate: day.nullable(),
  stallSnoozedUntil: day.nullable(),
  stallSnoozeReason: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.int().min(1),
});
// 422 with the unmet entry requirements (also POST /api/v1/opportunities, records.ts).
export const unmet = z.object({
  error: z.object({
    code: z.literal('UNPROCESSABLE'),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
    details: z.object({ unmet: z.array(z.object({ tier: z.int(), id: z.string(), input: z.string() })) }),
  }),
});
// 409: the current record and who changed it last (conflictWithCurrent).
const lastChange = z.object({ actorName: z.string().nullable(), action: z.string(), at: instant }).nullable();
const stale = staleVersion(conflictWith(opportunitySchemaOut.extend({ lastChange })));
// 422 without a list: already in that tier, or a closed deal (opportunityRefusal).
const refused = z.object({ error: z.object({ code: z.literal('UNPROCESSABLE'), message: z.string() }) });

export const opportunitiesOperations: ApiOperation[] = [
  listOperation({
    path: '/api/v1/opportunities',
    summary: 'List opportunities (keyset pagination: pass nextCursor as cursor)',
    tags: ['opportunities'],
    query: listOpportunitiesQuerySchema,
    ok: { description: 'A page', schema: z.object({ items: z.array(opportunitySchemaOut), nextCursor: z.uuid().nullable() }) },
  }),
  getOperation({
    path: '/api/v1/opportunities/{id}',
    summary: 'One opportunity',
    tags: ['opportunities'],
    ok: { description: 'The opportunity', schema: opportunitySchemaOut },
  }),
  updateOperation({
    path: '/api/v1/opportunities/{id}',
    summary: 'Edit fields; carries the version you read (stale → 409 with the current record)',
    tags: ['opportunities'],
    body: patchOpportunityBodySchema,
    ok: { description: 'The updated opportunity', schema: opportunitySchemaOut },
    invalid: 'Invalid input',
    forbidden: 'Role may not edit',
    notFound: NOT_YOURS,
    conflict: stale,
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/opportunities/{id}/tier',
    summary: 'Move to another tier (to: 4, 3, 2, 1 or 0; outcome required with 0)',
    tags: ['opportunities'],
    body: moveTierBodySchema,
    ok: { description: 'The moved opportunity', schema: opportunitySchemaOut },
    invalid: 'Invalid input (e.g. a tier that does not exist, outcome missing with 0)',
    forbidden: 'Role may not move tiers',
    notFound: NOT_YOURS,
    conflict: stale,
    refused: { description: 'Unmet entry requirements (listed), same tier, or closed', schema: z.union([unmet, refused]) },
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/position',
    summary: 'Place the card between two neighbours in its board column (aboveId, belowId or both)',
    tags: ['opportunities'],
    body: reorderBodySchema,
    ok: { description: 'The new position', schema: z.object({ id: z.uuid(), tier: z.int(), position: z.number() }) },
    invalid: 'No neighbour given, or the card itself as its neighbour',
    forbidden: 'Role may not arrange the board',
    notFound: NOT_YOURS,
    refused: 'Closed deal, a neighbour in another tier or not found',
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/stall-snooze',
    summary: 'Snooze the stall flag until a date, with a reason (once per tier entry)',
    tags: ['opportunities'],
    body: snoozeStallBodySchema,
    ok: { description: 'The opportunity', schema: opportunitySchemaOut },
    invalid: 'Date not from tomorrow up to a year ahead, or no reason',
    forbidden: 'Role may not snooze',
    notFound: NOT_YOURS,
    refused: 'Not stalled, or already snoozed in this tier',
  }),
];
