import { z } from '@/lib/validation/z';
import { emptyToUndefined, optionalText } from './common';
import { ASSESSMENT_CRITERIA, DECISION_KINDS, MILESTONE_KINDS, VRB_DOMAINS } from '@/lib/domain/vrb';

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
const dateOnly = z.iso.date().transform((s) => new Date(`${s}T00:00:00Z`));
/** dueDate: the day the fix is due (YYYY-MM-DD), not before the review's day. */
export const findingBodySchema = z.strictObject({
  domain: vrbDomainSchema.optional(),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
  dueDate: dateOnly.optional(),
});
export const findingFormSchema = z.object({
  reviewId: id,
  domain: z.preprocess(emptyToUndefined, vrbDomainSchema.optional()),
  issue: text(2000),
  severity: severitySchema,
  requiredFix: text(2000),
  dueDate: z.preprocess(emptyToUndefined, dateOnly.optional()),
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

/** missingOpinionReason: required to decide while a required domain's opinion is missing. */
export const decisionBodySchema = z.strictObject({
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
  missingOpinionReason: optionalText(2000),
});
export const decisionFormSchema = z.object({
  reviewId: id,
  decision: decisionKindSchema,
  reason: optionalText(2000),
  overrideReason: optionalText(2000),
  missingOpinionReason: optionalText(2000),
});
export type DecisionInput = z.output<typeof decisionBodySchema>;

// ───────────────────────────── deal economics (ROI calculator) ─────────────────────────────

// amounts in 원: a decimal string ("420000000", "1,234.5") or a number; the calculator
// (lib/domain/vrb/economics.ts) refuses negatives and non-decimals naming the field
const amount = z.union([z.string().trim().min(1).max(40), z.number()]);
const pct = z.number().finite();

export const laborLineSchema = z.strictObject({
  grade: z.string().trim().min(1).max(40),
  personMonths: amount,
  monthlyRate: amount,
});
export const paymentTermSchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS),
  percent: pct,
  dueOffsetDays: z.int().min(0).max(3650).nullish(),
  dueDate: z.iso.date().nullish(),
});

/** PUT /api/v1/opportunities/{id}/economics (SPEC API): version is required once a working copy exists. */
export const economicsBodySchema = z.strictObject({
  contractPrice: amount,
  hardwareCost: amount.default('0'),
  softwareLicenseCost: amount.default('0'),
  labor: z.array(laborLineSchema).max(50).default([]),
  subcontractCost: amount.default('0'),
  otherCost: amount.default('0'),
  contingency: amount.default('0'),
  contingencyPct: pct.nullish(),
  paymentSchedule: z.array(paymentTermSchema).max(12).optional(),
  version: z.int().min(0).optional(),
});
export type EconomicsBody = z.output<typeof economicsBodySchema>;
export const economicsFormSchema = economicsBodySchema.extend({ opportunityId: id });

// ───────────────────────────── assessment ─────────────────────────────

export const assessmentBodySchema = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        criterion: z.enum(ASSESSMENT_CRITERIA),
        score: z.int().min(1).max(5),
        notes: optionalText(2000),
      }),
    )
    .min(1)
    .max(6),
});
export type AssessmentInput = z.output<typeof assessmentBodySchema>;
export const assessmentFormSchema = assessmentBodySchema.extend({ reviewId: id });

// ───────────────────────────── cancel / reschedule ─────────────────────────────

export const cancelReviewBodySchema = z.strictObject({ reason: text(2000), version: z.int().min(1).optional() });
export type CancelReviewInput = z.output<typeof cancelReviewBodySchema>;
export const cancelReviewFormSchema = z.object({ reviewId: id, reason: text(2000) });
export const rescheduleReviewBodySchema = z.strictObject({
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  reason: text(2000),
  version: z.int().min(1).optional(),
});
export type RescheduleReviewInput = z.output<typeof rescheduleReviewBodySchema>;
export const rescheduleReviewFormSchema = z.object({
  reviewId: id,
  scheduledAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  reason: text(2000),
});

/** GET /api/v1/vrb-queue/export: which tab of the VRB queue. */
export const vrbQueueExportQuerySchema = z.object({ tab: z.enum(['upcoming', 'missing', 'findings', 'recent']).default('upcoming') });
