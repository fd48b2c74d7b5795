import { z } from '@/lib/validation/z';
import {
  listOpportunitiesQuerySchema,
  moveTierBodySchema,
  patchOpportunityBodySchema,
  reorderBodySchema,
  snoozeStallBodySchema,
} from '@/lib/validation/opportunities';
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
const unmet = z.object({
  error: z.object({
    code: z.literal('UNPROCESSABLE'),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
    details: z.object({ unmet: z.array(z.object({ tier: z.int(), id: z.string(), input: z.string() })) }),
  }),
});
// 409: the current record and who changed it last (conflictWithCurrent).
const lastChange = z.object({ actorName: z.string().nullable(), action: z.string(), at: instant }).nullable();
const current = opportunitySchemaOut.extend({ lastChange });
const conflict = z.object({
  error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details: current }),
  current,
});
// 422 without a list: already in that tier, or a closed deal (opportunityRefusal).
const refused = z.object({ error: z.object({ code: z.literal('UNPROCESSABLE'), message: z.string() }) });

export const opportunitiesOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/opportunities',
    summary: 'List opportunities (keyset pagination: pass nextCursor as cursor)',
    tags: ['opportunities'],
    query: listOpportunitiesQuerySchema,
    responses: {
      200: { description: 'A page', schema: z.object({ items: z.array(opportunitySchemaOut), nextCursor: z.uuid().nullable() }) },
      400: { description: 'Bad query' },
    },
  },
  {
    method: 'get',
    path: '/api/v1/opportunities/{id}',
    summary: 'One opportunity',
    tags: ['opportunities'],
    responses: { 200: { description: 'The opportunity', schema: opportunitySchemaOut }, 404: { description: 'Not found' } },
  },
  {
    method: 'patch',
    path: '/api/v1/opportunities/{id}',
    summary: 'Edit fields; carries the version you read (stale → 409 with the current record)',
    tags: ['opportunities'],
    body: patchOpportunityBodySchema,
    responses: {
      200: { description: 'The updated opportunity', schema: opportunitySchemaOut },
      400: { description: 'Invalid input' },
      403: { description: 'Role may not edit' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
      409: { description: 'Stale version', schema: conflict },
    },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/tier',
    summary: 'Move to another tier (to: 4, 3, 2, 1 or 0; outcome required with 0)',
    tags: ['opportunities'],
    body: moveTierBodySchema,
    responses: {
      200: { description: 'The moved opportunity', schema: opportunitySchemaOut },
      400: { description: 'Invalid input (e.g. a tier that does not exist, outcome missing with 0)' },
      403: { description: 'Role may not move tiers' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
      409: { description: 'Stale version', schema: conflict },
      422: { description: 'Unmet entry requirements (listed), same tier, or closed', schema: z.union([unmet, refused]) },
    },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/position',
    summary: 'Place the card between two neighbours in its board column (aboveId, belowId or both)',
    tags: ['opportunities'],
    body: reorderBodySchema,
    responses: {
      200: { description: 'The new position', schema: z.object({ id: z.uuid(), tier: z.int(), position: z.number() }) },
      400: { description: 'No neighbour given, or the card itself as its neighbour' },
      403: { description: 'Role may not arrange the board' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
      422: { description: 'Closed deal, a neighbour in another tier or not found' },
    },
  },
  {
    method: 'post',
    path: '/api/v1/opportunities/{id}/stall-snooze',
    summary: 'Snooze the stall flag until a date, with a reason (once per tier entry)',
    tags: ['opportunities'],
    body: snoozeStallBodySchema,
    responses: {
      200: { description: 'The opportunity', schema: opportunitySchemaOut },
      400: { description: 'Date not from tomorrow up to a year ahead, or no reason' },
      403: { description: 'Role may not snooze' },
      404: { description: 'Not found (a record you can read but may not change is 403)' },
      422: { description: 'Not stalled, or already snoozed in this tier' },
    },
  },
];
