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

export const vrbReviewIdParams = z.object({ id });
export const vrbFindingIdParams = z.object({ id });

/** POST /api/v1/opportunities/{id}/vrb-reviews: stage is the stage's order (1..5 by default). */
export const scheduleReviewBody = z.strictObject({
  stage: z.int().min(1).max(99),
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
});
export const scheduleReviewForm = z.object({
  opportunityId: id,
  stage: z.coerce.number().int().min(1).max(99),
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
});
export type ScheduleReviewInput = { stage: number; scheduledAt: Date };

/** recommendation: the opinion's stance; SUPPORT when omitted. */
export const opinionBody = z.strictObject({
  domain: vrbDomainSchema,
  opinion: text(4000),
  recommendation: stanceSchema.optional(),
});
export const opinionForm = z.object({
  reviewId: id,
  domain: vrbDomainSchema,
  opinion: text(4000),
  recommendation: z.preprocess(emptyToUndefined, stanceSchema.optional()),
});
export type OpinionInput = z.output<typeof opinionBody>;

/** domain: optional when the member holds exactly one domain. */
export const findingBody = z.strictObject({
  domain: vrbDomainSchema.optional(),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
});
export const findingForm = z.object({
  reviewId: id,
  domain: z.preprocess(emptyToUndefined, vrbDomainSchema.optional()),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
});
export type FindingInput = z.output<typeof findingBody>;

export const answerFindingBody = z.strictObject({ answer: text(4000), version: z.int().min(1) });
export const answerFindingForm = z.object({ findingId: id, answer: text(4000), version: z.coerce.number().int().min(1) });
export type AnswerFindingInput = z.output<typeof answerFindingBody>;

/** resolved=false sends the finding back to OPEN and needs a note. */
export const verifyFindingBody = z.strictObject({ resolved: z.boolean(), note: optionalText(2000), version: z.int().min(1) });
export const verifyFindingForm = z.object({
  findingId: id,
  resolved: z.enum(['true', 'false']).transform((v) => v === 'true'),
  note: optionalText(2000),
  version: z.coerce.number().int().min(1),
});
export type VerifyFindingInput = z.output<typeof verifyFindingBody>;

export const decisionBody = z.strictObject({
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
});
export const decisionForm = z.object({
  reviewId: id,
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
});
export type DecisionInput = z.output<typeof decisionBody>;
