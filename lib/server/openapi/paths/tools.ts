import { z } from '@/lib/validation/z';
import {
  bidBodySchema,
  createCompetitorBodySchema,
  kamPlanBodySchema,
  setKeyAccountBodySchema,
  linkCompetitorBodySchema,
  listCompetitorsQuerySchema,
  updateCompetitorBodySchema,
} from '@/lib/validation/tools';
import { catalogueOperations, dealLinkOperations } from '../catalogue-operations';
import { getOperation, NOT_YOURS, staleVersion, updateOperation } from '../operations';
import type { ApiOperation } from '../types';
import { conflictBody } from '../errors';
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
const bidConflictDetails = z.union([
  bidViewSchema,
  z.object({ existing: z.object({ id: z.uuid(), name: z.string(), accountName: z.string() }) }),
]);
/** 409: `details` (and `current`, as every conflict) is the current view, or the deal holding the notice. */
const bidConflict = conflictBody(bidConflictDetails);

export const toolsOperations: ApiOperation[] = [
  getOperation({
    path: '/api/v1/opportunities/{id}/bid',
    summary:
      'Procurement steps with dates, public-bid fields (공고번호, 차수, 수요기관, prices, 낙찰하한율, deadline), partners and the bid-price check',
    tags: ['opportunities', 'tools'],
    ok: { description: 'The bid view', schema: bidViewSchema },
  }),
  updateOperation({
    method: 'put',
    path: '/api/v1/opportunities/{id}/bid',
    summary:
      'Edit the procurement and bid fields (only those sent; stepDates and partners replace their lists). A 투찰 금액 under 예정가격 × 낙찰하한율 is saved and flagged: bidCheck.kind = "underLimit"',
    tags: ['opportunities', 'tools'],
    body: bidBodySchema,
    ok: { description: 'The bid view', schema: bidViewSchema },
    invalid: 'Invalid input: 낙찰하한율 outside 0–100, partner shares over 100 %, step dates out of order',
    forbidden: 'Role may not edit',
    notFound: NOT_YOURS,
    conflict: staleVersion(
      bidConflict,
      'Stale version (details: the current bid view), or 공고번호+차수 held by another deal (details.existing names it)',
    ),
  }),
];

const competitorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  strengths: z.string().nullable(),
  weaknesses: z.string().nullable(),
  pricingHabits: z.string().nullable(),
  typicalPartners: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.int().min(1),
});
const cell = z.object({ deals: z.int(), amount: decimal });
const recordLine = z.object({
  WON_AGAINST: cell,
  LOST_TO: cell,
  NO_DECISION: cell,
  LOST_OTHER: cell,
  deals: z.int(),
  winRatePct: z.int().nullable(),
});
const profileSchema = z.object({
  competitor: competitorSchema,
  record: z.object({
    total: recordLine,
    byCategory: z.array(
      recordLine.extend({ categoryId: z.uuid().nullable(), categoryNameKo: z.string().nullable(), categoryNameEn: z.string().nullable() }),
    ),
  }),
  lessons: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      body: z.string(),
      createdAt: instant,
      accountName: z.string().nullable(),
      postmortemId: z.uuid().nullable(),
    }),
  ),
  deals: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      accountName: z.string(),
      outcome: z.string(),
      amount: decimal.nullable(),
      position: z.string().nullable(),
      closedAt: instant.nullable(),
    }),
  ),
});
const oppCompetitor = z.object({
  competitorId: z.uuid(),
  name: z.string(),
  position: z.enum(['AHEAD', 'EVEN', 'BEHIND']).nullable(),
  positionNote: z.string().nullable(),
});
const competitorConflictDetails = z.union([competitorSchema, z.object({ existing: z.object({ id: z.uuid(), name: z.string() }) })]);

toolsOperations.push(
  ...catalogueOperations({
    resource: 'competitors',
    one: 'competitor',
    many: 'competitors',
    record: competitorSchema,
    list: { summary: 'Competitors by name (q matches spaces and case aside)', query: listCompetitorsQuerySchema },
    add: {
      summary:
        'Create a competitor profile; a name equal to an existing one but for spaces, case or width returns that one (200, created: false)',
      body: createCompetitorBodySchema,
      responses: {
        201: { description: 'Created', schema: z.object({ competitor: competitorSchema, created: z.literal(true) }) },
        200: {
          description: 'The existing competitor of that name',
          schema: z.object({ competitor: competitorSchema, created: z.literal(false) }),
        },
      },
    },
    exportSummary: 'The competitors table as a file',
    view: {
      summary:
        'A competitor profile with its record against us from closed deals (won against, lost to, no decision; amounts; by business category), lessons naming it and recent deals',
      schema: profileSchema,
    },
    edit: {
      summary: 'Edit the profile (only the fields sent; version you read → 409 when stale)',
      body: updateCompetitorBodySchema,
      conflict: staleVersion(
        conflictBody(competitorConflictDetails),
        'Stale version, or the new name is another competitor’s (details.existing)',
      ),
    },
  }),
  ...dealLinkOperations({
    resource: 'competitors',
    param: 'competitorId',
    one: 'competitor',
    many: 'competitors',
    item: oppCompetitor,
    body: linkCompetitorBodySchema,
    summaries: {
      list: 'The competitors on a deal with our position against each',
      link: 'Link a competitor to the deal, or change our position against it (AHEAD, EVEN, BEHIND) and why',
      unlink: 'Unlink a competitor from the deal',
    },
  }),
);

const kamSchema = z.object({
  accountId: z.uuid(),
  name: z.string(),
  isKeyAccount: z.boolean(),
  keyAccountReason: z.string().nullable(),
  keyAccountSince: instant.nullable(),
  kamGoals: z.string().nullable(),
  kamWhitespace: z.string().nullable(),
  kamRelationshipPlan: z.string().nullable(),
  version: z.int().min(1),
});
const kamView = { description: 'The key-account view', schema: kamSchema };
const kamConflict = staleVersion(conflictBody(kamSchema));

toolsOperations.push(
  getOperation({
    path: '/api/v1/accounts/{id}/key-account',
    summary: 'Key-account state (reason AUTO_FIRST_WIN when its first won deal marked it) and the KAM plan',
    tags: ['accounts', 'tools'],
    ok: kamView,
  }),
  updateOperation({
    method: 'put',
    path: '/api/v1/accounts/{id}/key-account',
    summary: 'Mark or clear a key account by hand, with a reason (admin, sales manager)',
    tags: ['accounts', 'tools'],
    body: setKeyAccountBodySchema,
    ok: kamView,
    invalid: 'No reason',
    forbidden: 'Only admins and sales managers',
    notFound: 'Not found',
    conflict: kamConflict,
    refused: 'Already in that state',
  }),
  updateOperation({
    method: 'put',
    path: '/api/v1/accounts/{id}/kam-plan',
    summary: 'The KAM plan notes: goals for the year, whitespace, relationship plan (only the fields sent)',
    tags: ['accounts', 'tools'],
    body: kamPlanBodySchema,
    ok: kamView,
    invalid: 'Invalid input',
    forbidden: 'Role may not edit accounts',
    notFound: 'Not found',
    conflict: kamConflict,
  }),
);
