import { z } from '@/lib/validation/z';
import { bidBodySchema } from '@/lib/validation/tools';
import type { ApiOperation } from '../types';
import { day, decimal, instant } from '../types';

// The rep's sales tools (issue 12): public bids, competitors, key accounts.

const step = z.enum(['RFI', 'BID', 'PREFERRED_BIDDER', 'NEGOTIATION', 'CONTRACT', 'DELIVERY']);
const won = z.string().regex(/^\d+(\.\d{1,2})?$/);
export const bidViewSchema = z.object({
  opportunityId: z.uuid(),
  version: z.int().min(1),
  isPublicSector: z.boolean(),
  salesProcessStep: step.nullable(),
  bidNoticeNo: z.string().nullable(),
  bidRound: z.int().nullable(),
  demandAgency: z.string().nullable(),
  estimatedPrice: decimal.nullable(),
  plannedPrice: decimal.nullable(),
  lowerBidLimitRate: decimal.nullable(),
  bidDeadline: instant.nullable(),
  bidAmount: decimal.nullable(),
  steps: z.array(z.object({ step, date: day.nullable() })),
  partners: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.string().nullable(), sharePct: decimal.nullable() })),
  ourSharePct: decimal.nullable(),
  bidCheck: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('noBid'), lowestValidBid: won }),
    z.object({ kind: z.literal('ok'), lowestValidBid: won, marginWon: won }),
    z.object({ kind: z.literal('underLimit'), lowestValidBid: won, shortfallWon: won }),
  ]),
});
const errorBody = (code: string, details?: z.ZodType) =>
  z.object({
    error: z.object({
      code: z.literal(code),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      ...(details ? { details } : {}),
    }),
  });
const bidConflictDetails = z.union([
  bidViewSchema,
  z.object({ existing: z.object({ id: z.uuid(), name: z.string(), accountName: z.string() }) }),
]);
/** 409: `details` (and `current`, as every conflict) is the current view, or the deal holding the notice. */
const bidConflict = errorBody('CONFLICT', bidConflictDetails).extend({ current: bidConflictDetails });

export const toolsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/v1/opportunities/{id}/bid',
    summary: 'Procurement steps with dates, public-bid fields (공고번호, 차수, 수요기관, prices, 낙찰하한율, deadline), partners and the bid-price check',
    tags: ['opportunities', 'tools'],
    pathParams: ['id'],
    responses: { 200: { description: 'The bid view', schema: bidViewSchema }, 404: { description: 'Not found' } },
  },
  {
    method: 'put',
    path: '/api/v1/opportunities/{id}/bid',
    summary:
      'Edit the procurement and bid fields (only those sent; stepDates and partners replace their lists). A 투찰 금액 under 예정가격 × 낙찰하한율 is saved and flagged: bidCheck.kind = "underLimit"',
    tags: ['opportunities', 'tools'],
    pathParams: ['id'],
    body: bidBodySchema,
    responses: {
      200: { description: 'The bid view', schema: bidViewSchema },
      400: { description: 'Invalid input: 낙찰하한율 outside 0–100, partner shares over 100 %, step dates out of order' },
      403: { description: 'Role may not edit' },
      404: { description: 'Not found or not yours' },
      409: { description: 'Stale version (details: the current bid view), or 공고번호+차수 held by another deal (details.existing names it)', schema: bidConflict },
    },
  },
];
