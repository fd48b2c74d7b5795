import { z } from '@/lib/validation/z';
import { optionalText } from './common';
import { moveFillSchema } from './opportunities';
import { REVIEW_DECISIONS } from '@/lib/domain/tiers';

// Inputs of the tier-review commands (SPEC §2 "tier review", API section), shared by the pages'
// actions and /api/v1. API bodies are strict (unknown fields → 400).

const id = z.uuid();
const optionalDate = z.union([z.iso.date(), z.literal('').transform(() => null), z.null()]).optional();
export const reviewPeriodSchema = z.enum(['WEEKLY', 'MONTHLY']);

/** POST /api/v1/tier-reviews { period, teamId? } — teamId is the team's manager (their user id). */
export const startTierReviewBody = z.strictObject({
  period: reviewPeriodSchema,
  teamId: id.nullable().optional(),
  title: optionalText(120),
});
export type StartTierReviewInput = z.infer<typeof startTierReviewBody>;

const decisionFields = {
  opportunityId: id,
  decision: z.enum(REVIEW_DECISIONS),
  reason: optionalText(2000),
  nextStep: optionalText(500),
  nextStepDueDate: optionalDate,
  /** the requirement form's values when the move needs something that is missing */
  fill: moveFillSchema.optional(),
};
/** POST /api/v1/tier-reviews/{id}/decisions { opportunityId, decision, reason?, nextStep?, nextStepDueDate? } */
export const decideTierReviewBody = z.strictObject(decisionFields);
export const decideTierReviewSchema = z.strictObject({ reviewId: id, ...decisionFields });
export type DecideTierReviewInput = z.infer<typeof decideTierReviewSchema>;

export const tierReviewIdParams = z.strictObject({ id });
export const closeTierReviewInput = z.strictObject({ reviewId: id });
export const tierReviewListQuery = z.strictObject({
  period: reviewPeriodSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * GET /api/v1/tier-reviews/{id}/export: XLSX holds both tables (the movement matrix and the
 * decisions, one sheet each); CSV the one named by `table`. `owner` narrows to one rep.
 */
export const tierReviewExportQuerySchema = z.object({
  table: z.enum(['decisions', 'matrix']).default('decisions'),
  owner: id.optional(),
});
