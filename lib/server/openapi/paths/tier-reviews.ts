import { z } from '@/lib/validation/z';
import { decideTierReviewBody, startTierReviewBody, tierReviewExportQuerySchema, tierReviewListQuery } from '@/lib/validation/tier-reviews';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { getOperation, writeOperation } from '../operations';
import { itemsOf, type ApiOperation } from '../types';
import { errorBody } from '../errors';

// Tier reviews (SPEC §2 "Dynamic tiers", API section). Each route calls the same command as /tiers/reviews.

const started = z.object({
  id: z.uuid(),
  period: z.enum(['WEEKLY', 'MONTHLY']),
  teamId: z.uuid().nullable().describe("the team's manager; null = the whole firm"),
  title: z.string(),
  asOf: z.string(),
  previousId: z.uuid().nullable().describe('the previous review of the same period and scope'),
  items: z.int().describe('deals in the snapshot'),
});
const listRow = z.object({
  id: z.uuid(),
  title: z.string(),
  period: z.enum(['WEEKLY', 'MONTHLY']),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  asOf: z.string(),
  closedAt: z.string().nullable(),
  items: z.int(),
  decided: z.int(),
});
const item = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  opportunityName: z.string(),
  accountName: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  previousTier: z.int().nullable(),
  currentTier: z.int(),
  outcome: z.string(),
  liveTier: z.int(),
  liveOutcome: z.string(),
  amount: z.string().nullable(),
  decision: z.enum(['ADVANCE', 'HOLD', 'DOWNGRADE', 'DROP']).nullable(),
  reason: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDueDate: z.string().nullable(),
  decidedAt: z.string().nullable(),
  appliedTier: z.int().nullable(),
});
const review = started.omit({ items: true }).extend({
  closedAt: z.string().nullable(),
  items: z.array(item),
  matrix: z.array(z.object({ ownerId: z.uuid(), ownerName: z.string() }).loose()),
  stagnant: z.array(z.object({ ownerId: z.uuid(), ownerName: z.string() })),
  stagnantReviewCount: z.int(),
});
const decision = z.object({
  reviewId: z.uuid(),
  itemId: z.uuid(),
  opportunityId: z.uuid(),
  decision: z.enum(['ADVANCE', 'HOLD', 'DOWNGRADE', 'DROP']),
  reason: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDueDate: z.string().nullable(),
  opportunity: z.object({ tier: z.int(), outcome: z.string(), version: z.int() }),
  decidedAt: z.string(),
});

export const tierReviewsOperations: ApiOperation[] = [
  getOperation({
    path: '/api/v1/tier-reviews',
    summary: 'Tier reviews, newest first',
    tags: ['tiers'],
    query: tierReviewListQuery,
    ok: { description: 'The reviews', schema: itemsOf(listRow) },
  }),
  writeOperation('post', {
    path: '/api/v1/tier-reviews',
    summary:
      'Start a weekly or monthly tier review and freeze its snapshot: deals open now, open in the previous review of the same period and scope, or created since it (also those closed again). A manager reviews their team (teamId omitted or their own id); an executive or admin the whole firm (teamId omitted) or a team.',
    tags: ['tiers'],
    body: startTierReviewBody,
    created: { description: 'The review', schema: started },
    forbidden: 'Role may not run reviews, or a manager naming another team',
    conflict: { description: 'A review of the same period and scope is open', schema: errorBody('CONFLICT') },
  }),
  getOperation({
    path: '/api/v1/tier-reviews/{id}',
    summary: 'One review: items (frozen and live tier, decisions), movement matrix per rep, reps stuck for N reviews of its chain',
    tags: ['tiers'],
    ok: { description: 'The review', schema: review },
  }),
  writeOperation('post', {
    path: '/api/v1/tier-reviews/{id}/decisions',
    summary:
      "Decide on one deal of the review. ADVANCE (one tier up) / DOWNGRADE (one down, reason) / DROP (Tier 0 DROPPED, reason) move the deal through the tier engine in the same transaction (entry requirements checked; tier history and audit name the review); HOLD needs nextStep and nextStepDueDate and sets the deal's next step. `fill` carries the requirement form's values.",
    tags: ['tiers'],
    body: decideTierReviewBody,
    created: { description: 'The decision', schema: decision },
    invalid: 'Invalid input: reason missing for downgrade/drop, next step or date missing for hold',
    forbidden: 'Role may not decide',
    notFound: 'Review or deal not found, or not in your team',
    conflict: { description: 'Already decided (also the second of two deciding at once)', schema: errorBody('CONFLICT') },
    refused: {
      description:
        'Entry requirements unmet (details.unmet lists them), the deal closed since the snapshot, the review closed, or no tier to move to',
      schema: errorBody('UNPROCESSABLE'),
    },
  }),
  exportOperation({
    path: '/api/v1/tier-reviews/{id}/export',
    summary:
      'Export a tier review as the page shows it: format=xlsx is one workbook with two sheets, the movement matrix (a row per rep and previous tier, a column per current tier or outcome) and the decisions; format=csv is the table named by table=decisions|matrix; owner= narrows to one rep',
    tags: ['tiers'],
    query: withExportParams(tierReviewExportQuerySchema),
    notFound: 'Review not found',
  }),
];
