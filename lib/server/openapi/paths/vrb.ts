import { z } from '@/lib/validation/z';
import {
  assessmentBodySchema,
  cancelReviewBodySchema,
  economicsBodySchema,
  rescheduleReviewBodySchema,
  answerFindingBodySchema,
  decisionBodySchema,
  decisionKindSchema,
  findingBodySchema,
  opinionBodySchema,
  scheduleReviewBodySchema,
  severitySchema,
  stanceSchema,
  verifyFindingBodySchema,
  vrbDomainSchema,
  vrbQueueExportQuerySchema,
} from '@/lib/validation/vrb';
import { withExportParams } from '@/lib/server/export/params';
import { exportOperation } from '../export-operation';
import { invoiceMilestoneBodySchema } from '@/lib/validation/receivables';
import { day, decimal, instant, type ApiOperation } from '../types';
import { getOperation, staleVersion, updateOperation, writeOperation } from '../operations';
import { conflictBody, errorBody } from '../errors';

// receivables from the VRB snapshot: the proposal, the confirmed milestones, an invoice
const milestoneKind = z.enum(['DOWN_PAYMENT', 'INTERIM', 'BALANCE']);
const proposed = z.strictObject({ kind: milestoneKind, sequence: z.int(), percent: z.number(), amount: decimal, dueDate: day });
const proposal = z.strictObject({
  opportunityId: z.uuid(),
  reviewId: z.uuid().nullable(),
  contractAmount: decimal.nullable(),
  hasSchedule: z.boolean(),
  milestones: z.array(proposed),
});
const confirmed = z.strictObject({
  opportunityId: z.uuid(),
  reviewId: z.uuid().nullable(),
  milestones: z.array(
    z.strictObject({ id: z.uuid(), kind: milestoneKind, sequence: z.int(), amount: decimal, dueDate: day, version: z.int() }),
  ),
});
const invoiced = z.strictObject({
  id: z.uuid(),
  opportunityId: z.uuid(),
  amount: decimal,
  invoicedAmount: decimal.nullable(),
  invoicedAt: day.nullable(),
  collectedAmount: decimal.nullable(),
  version: z.int(),
});

// VRB write endpoints (SPEC §4, Integration API). Each calls the same command as the review page.

const review = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  stage: z.int().describe('the stage order (1..5 by default)'),
  stageCode: z.string(),
  scheduledAt: z.string(),
  heldAt: z.string().nullable(),
  status: z.enum(['SCHEDULED', 'DECIDED', 'CANCELLED']),
  version: z.int(),
});
const opinion = z.object({
  id: z.uuid(),
  reviewId: z.uuid(),
  domain: vrbDomainSchema,
  stance: stanceSchema,
  opinion: z.string(),
  reviewerId: z.uuid(),
  createdAt: z.string(),
});
const finding = z.object({
  id: z.uuid(),
  reviewId: z.uuid(),
  domain: vrbDomainSchema,
  issue: z.string(),
  severity: severitySchema,
  requiredFix: z.string(),
  status: z.enum(['OPEN', 'ANSWERED', 'RESOLVED']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  dueDate: instant.nullable().describe('the due day, as midnight UTC'),
  version: z.int(),
});
const decision = z.object({
  decision: z.object({
    id: z.uuid(),
    reviewId: z.uuid(),
    decision: decisionKindSchema,
    reason: z.string().nullable(),
    overrideReason: z.string().nullable(),
    missingOpinionReason: z.string().nullable(),
    marginPct: z.number().nullable(),
    decidedById: z.uuid(),
    decidedAt: z.string(),
  }),
  review,
  lowPrice: z.boolean().describe('margin below the marginFloorPct setting'),
  opportunity: z
    .object({ id: z.uuid(), tier: z.int(), outcome: z.string(), version: z.int() })
    .loose()
    .nullable()
    .describe('after DROP: the opportunity, now Tier 0 DROPPED'),
});
const economicsOut = z
  .object({
    contractPrice: z.string(),
    totalCost: z.string(),
    grossProfit: z.string(),
    marginPct: z.number().nullable(),
    roiPct: z.number().nullable(),
    belowFloor: z.boolean(),
    marginFloorPct: z.number(),
    version: z.int(),
  })
  .loose();

// 422: the review or finding's state refuses the step
const refused = (description: string) => ({ description, schema: errorBody('UNPROCESSABLE') });
const NOT_YOUR_DEAL = 'Opportunity not found (a deal you read but may not change — reps: own deals, managers: their team — is 403)';
const NOT_YOUR_REVIEW = 'Review not found or not on your (team’s) deal';
const NOT_A_MEMBER = 'Not a VRB member, or not one of your domains';
const findingStale = staleVersion(conflictBody(finding));
const reviewStale = staleVersion(conflictBody(review));

export const vrbOperations: ApiOperation[] = [
  exportOperation({
    path: '/api/v1/vrb-queue/export',
    summary:
      "One tab of the VRB queue as shown: tab=upcoming|missing|findings|recent (the queue's first 500 rows; recent: the last 100 decisions)",
    tags: ['vrb'],
    query: withExportParams(vrbQueueExportQuerySchema),
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/vrb-reviews',
    summary:
      'Schedule a VRB review of a stage (the previous stage must have PASSed, or be CONDITIONAL with every finding resolved; stage 1 needs nothing). Freezes the ROI calculator as the review snapshot.',
    tags: ['vrb'],
    body: scheduleReviewBodySchema,
    created: { description: 'The scheduled review', schema: review },
    forbidden: 'Role may not schedule',
    notFound: NOT_YOUR_DEAL,
    conflict: { description: 'A review of this stage is already scheduled', schema: conflictBody(review) },
    refused: refused('Previous stage not passed, its findings unresolved, stage already passed, or the opportunity closed'),
  }),
  writeOperation('post', {
    path: '/api/v1/vrb-reviews/{id}/opinions',
    summary: "A VRB member's opinion for one required domain they hold (recommendation: SUPPORT when omitted)",
    tags: ['vrb'],
    body: opinionBodySchema,
    created: { description: 'The opinion', schema: opinion },
    forbidden: NOT_A_MEMBER,
    notFound: 'Review not found',
    conflict: { description: 'This domain already has an opinion', schema: conflictBody(opinion) },
    refused: refused('The review is decided/cancelled, or the stage does not require the domain'),
  }),
  writeOperation('post', {
    path: '/api/v1/vrb-reviews/{id}/findings',
    summary: 'Raise a finding (OPEN) in a domain you hold; domain may be omitted when you hold exactly one',
    tags: ['vrb'],
    body: findingBodySchema,
    created: { description: 'The finding', schema: finding },
    invalid: 'Invalid input, or domain needed (you hold several)',
    forbidden: NOT_A_MEMBER,
    notFound: 'Review not found',
    refused: refused('The review is decided or cancelled'),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/vrb-findings/{id}/answer',
    summary: "The rep side answers an OPEN finding on its own deal: OPEN → ANSWERED (carries the finding's version)",
    tags: ['vrb'],
    body: answerFindingBodySchema,
    ok: { description: 'The finding, ANSWERED', schema: finding },
    forbidden: 'Role may not answer',
    notFound: 'Finding not found or not on your (team’s) deal',
    conflict: findingStale,
    refused: refused('The finding is not OPEN'),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/vrb-findings/{id}/verify',
    summary:
      "A VRB member of the finding's domain verifies an ANSWERED finding: resolved=true → RESOLVED; resolved=false → back to OPEN (note required) for the rep to answer again",
    tags: ['vrb'],
    body: verifyFindingBodySchema,
    ok: { description: 'The finding, RESOLVED or OPEN again', schema: finding },
    forbidden: 'Not a VRB member, or not the finding’s domain',
    notFound: 'Finding not found',
    conflict: findingStale,
    refused: refused('The finding is not ANSWERED, or a send-back without a note'),
  }),
  writeOperation('post', {
    path: '/api/v1/vrb-reviews/{id}/decision',
    summary:
      "The chair's decision (append-only): PASS, CONDITIONAL, HOLD (review the stage again) or DROP (the opportunity goes to Tier 0 DROPPED). Low-price guard: below the marginFloorPct setting, PASS and CONDITIONAL need overrideReason. PASS needs every required opinion and no unresolved finding; HOLD and DROP need a reason.",
    tags: ['vrb'],
    body: decisionBodySchema,
    created: { description: 'The decision and the review (DECIDED)', schema: decision },
    forbidden: 'Only the VRB chair or an executive decides',
    notFound: 'Review not found',
    conflict: { description: 'The review is already decided', schema: conflictBody(review) },
    refused: refused(
      'Rule refusal: override reason required under the margin floor, opinions missing, findings unresolved, reason required, or the DROP tier move refused',
    ),
  }),
  getOperation({
    path: '/api/v1/opportunities/{id}/economics',
    summary:
      "The opportunity's working ROI calculator (수익성 분석) with totalCost, grossProfit, marginPct, roiPct and version (0 before the first save)",
    tags: ['vrb'],
    ok: { description: 'The working copy', schema: economicsOut },
    notFound: 'Opportunity not found',
  }),
  updateOperation({
    method: 'put',
    path: '/api/v1/opportunities/{id}/economics',
    summary:
      'Replace the working ROI calculator: contract price, hardware, software licences, labour rows (grade × person-months × monthly rate), subcontracting, other, contingency (amount, or contingencyPct of the other costs), payment schedule (percents summing to 100). Amounts in 원 as decimal strings or numbers; percentages as numbers (8 = 8 %). version: 0 for the first save, then the current one.',
    tags: ['vrb'],
    body: economicsBodySchema,
    ok: { description: 'The saved copy with the derived figures and belowFloor', schema: economicsOut },
    invalid: {
      description: 'Invalid input, naming the field (negative cost, percents not summing to 100, price 0 with costs…)',
      schema: errorBody('VALIDATION'),
    },
    forbidden: 'Only reps and managers edit deal economics',
    notFound: NOT_YOUR_DEAL,
    conflict: staleVersion(conflictBody(economicsOut), 'Stale or missing version'),
  }),
  writeOperation('put', {
    path: '/api/v1/vrb-reviews/{id}/assessment',
    summary:
      "The caller's six-criterion assessment (scores 1–5, 5 = best for us, with notes) on a scheduled review, replacing their earlier one; returns the review's weighted score (weights: the assessmentWeights setting)",
    tags: ['vrb'],
    body: assessmentBodySchema,
    ok: {
      description: "The caller's scores and the weighted score",
      schema: z.object({ reviewId: z.uuid(), scores: z.array(z.unknown()), weightedScore: z.number().nullable() }),
    },
    invalid: { description: 'A score outside 1–5, a criterion twice', schema: errorBody('VALIDATION') },
    notFound: "Review not found, or the caller is neither the deal's rep side nor on the committee",
    refused: refused('The review is decided or cancelled'),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/vrb-reviews/{id}/cancel',
    summary: 'Cancel a scheduled review with a reason (closing the deal at Tier 0 cancels its scheduled reviews by itself)',
    tags: ['vrb'],
    body: cancelReviewBodySchema,
    ok: { description: 'The review, CANCELLED', schema: review },
    notFound: NOT_YOUR_REVIEW,
    conflict: reviewStale,
    refused: refused('The review is not scheduled'),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/vrb-reviews/{id}/reschedule',
    summary: 'Move a scheduled review to another date with a reason; a decided review is refused',
    tags: ['vrb'],
    body: rescheduleReviewBodySchema,
    ok: { description: 'The review on its new date', schema: review },
    notFound: NOT_YOUR_REVIEW,
    conflict: reviewStale,
    refused: refused('The review is decided or cancelled'),
  }),
  getOperation({
    path: '/api/v1/opportunities/{id}/receivables-proposal',
    summary:
      "A won deal's 착수금/중도금/잔금 proposed from the last passed VRB review's snapshot: percent × contract amount, due dates from the offsets (after the win date) or the fixed dates",
    tags: ['receivables'],
    ok: { description: 'The proposal (empty when the deal already has a schedule)', schema: proposal },
    notFound: 'Opportunity not found',
  }),
  writeOperation('post', {
    path: '/api/v1/opportunities/{id}/receivables-proposal',
    summary: 'Confirm the proposal: the milestones are created (the deal must be WON and have no schedule yet)',
    tags: ['receivables'],
    created: { description: 'The milestones created', schema: confirmed },
    notFound: 'Opportunity not found (a deal you read but may not edit is 403)',
    conflict: 'The deal already has a schedule',
    refused: refused('Not won, or no passed snapshot with a payment schedule'),
  }),
  updateOperation({
    method: 'post',
    path: '/api/v1/payment-milestones/{id}/invoice',
    summary:
      'Record the total invoiced so far and the invoice date (collected ≤ invoiced ≤ amount); the rep side or the finance VRB member',
    tags: ['receivables'],
    body: invoiceMilestoneBodySchema,
    ok: { description: 'The milestone', schema: invoiced },
    invalid: { description: 'Over the amount, below what was collected, or a future date', schema: errorBody('VALIDATION') },
    notFound: 'Milestone not found (one on a deal you read but may not change is 403)',
  }),
];
