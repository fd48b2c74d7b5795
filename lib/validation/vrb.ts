import { z } from '@/lib/validation/z';
import { emptyToUndefined, optionalText } from './common';
import { DECISION_KINDS, VRB_DOMAINS } from '@/lib/domain/vrb';

// Inputs of the VRB write commands (SPEC §4), shared by the review page's actions and /api/v1.
// API bodies are strict (unknown fields → 400). The form variants carry the record id and
// coerce FormData strings; blank optional text becomes null.

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);

export const vrbDomainSchema = z.enum(VRB_DOMAINS);
export const stanceSchema = z.enum(['SUPPORT', 'CONCERN', 'OPPOSE']);
export const severitySchema = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export const decisionKindSchema = z.enum(DECISION_KINDS);

export const vrbReviewIdParamsSchema = z.object({ id });
export const vrbFindingIdParamsSchema = z.object({ id });

/** POST /api/v1/opportunities/{id}/vrb-reviews: stage is the stage's order (1..5 by default). */
export const scheduleReviewBodySchema = z.strictObject({
  stage: z.int().min(1).max(99),
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
});
export const scheduleReviewFormSchema = z.object({
  opportunityId: id,
  stage: z.coerce.number().int().min(1).max(99),
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
});
export type ScheduleReviewInput = { stage: number; scheduledAt: Date };

/** recommendation: the opinion's stance; SUPPORT when omitted. */
export const opinionBodySchema = z.strictObject({
  domain: vrbDomainSchema,
  opinion: text(4000),
  recommendation: stanceSchema.optional(),
});
export const opinionFormSchema = z.object({
  reviewId: id,
  domain: vrbDomainSchema,
  opinion: text(4000),
  recommendation: z.preprocess(emptyToUndefined, stanceSchema.optional()),
});
export type OpinionInput = z.output<typeof opinionBodySchema>;

/** domain: optional when the member holds exactly one domain. */
export const findingBodySchema = z.strictObject({
  domain: vrbDomainSchema.optional(),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
});
export const findingFormSchema = z.object({
  reviewId: id,
  domain: z.preprocess(emptyToUndefined, vrbDomainSchema.optional()),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
});
export type FindingInput = z.output<typeof findingBodySchema>;

export const answerFindingBodySchema = z.strictObject({ answer: text(4000), version: z.int().min(1) });
export const answerFindingFormSchema = z.object({ findingId: id, answer: text(4000), version: z.coerce.number().int().min(1) });
export type AnswerFindingInput = z.output<typeof answerFindingBodySchema>;

/** resolved=false sends the finding back to OPEN and needs a note. */
export const verifyFindingBodySchema = z.strictObject({ resolved: z.boolean(), note: optionalText(2000), version: z.int().min(1) });
export const verifyFindingFormSchema = z.object({
  findingId: id,
  resolved: z.enum(['true', 'false']).transform((v) => v === 'true'),
  note: optionalText(2000),
  version: z.coerce.number().int().min(1),
});
export type VerifyFindingInput = z.output<typeof verifyFindingBodySchema>;

export const decisionBodySchema = z.strictObject({
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
});
export const decisionFormSchema = z.object({
  reviewId: id,
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
});
export type DecisionInput = z.output<typeof decisionBodySchema>;
