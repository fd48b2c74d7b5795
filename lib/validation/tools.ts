import { z } from '@/lib/validation/z';
import { catalogueListQuery, filterText, optionalText } from './common';
import { moneySchema } from './opportunities';
import { PROCESS_STEPS } from '@/lib/domain/tools/process-steps';
import { isValidRate } from '@/lib/domain/tools/bid-price';

// Inputs of the sales tools (issue 12), shared by the pages' actions and /api/v1. API bodies are strict.

const id = z.uuid();
const optionalMoney = z.union([moneySchema, z.literal('').transform(() => null), z.null()]).optional();

/** 낙찰하한율: a percentage 0–100 with up to three decimals (string or number) → a decimal string. */
export const lowerBidLimitRateSchema = z
  .union([z.string().trim(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v))
  .refine(isValidRate, { message: 'tools.errors.badRate' });

export const processStepSchema = z.enum(PROCESS_STEPS);

const partnerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: optionalText(200),
  sharePct: z
    .union([
      z.number().min(0).max(100),
      z
        .string()
        .trim()
        .regex(/^\d{1,3}(\.\d{1,2})?$/, { message: 'tools.errors.badShare' }),
      z.literal('').transform(() => null),
      z.null(),
    ])
    .transform((v) => (v === null ? null : String(v)))
    .optional()
    .transform((v) => v ?? null),
});

/** PUT /api/v1/opportunities/{id}/bid: the procurement and public-bid fields, step dates and partners. */
export const bidBodySchema = z.strictObject({
  version: z.int().min(1),
  isPublicSector: z.boolean().optional(),
  salesProcessStep: processStepSchema.nullable().optional(),
  bidNoticeNo: z
    .union([
      z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z-]{1,40}$/, { message: 'tools.errors.badNoticeNo' }),
      z.literal('').transform(() => null),
      z.null(),
    ])
    .optional(),
  bidRound: z.union([z.int().min(0).max(999), z.null()]).optional(),
  demandAgency: optionalText(200),
  estimatedPrice: optionalMoney,
  plannedPrice: optionalMoney,
  lowerBidLimitRate: z.union([lowerBidLimitRateSchema, z.literal('').transform(() => null), z.null()]).optional(),
  bidDeadline: z.union([z.iso.datetime({ offset: true }), z.literal('').transform(() => null), z.null()]).optional(),
  bidAmount: optionalMoney,
  stepDates: z.partialRecord(processStepSchema, z.union([z.iso.date(), z.null()])).optional(),
  partners: z.array(partnerSchema).max(20).optional(),
});
export type BidBody = z.infer<typeof bidBodySchema>;
export const updateBidSchema = bidBodySchema.extend({ opportunityId: id });
export type UpdateBidInput = z.infer<typeof updateBidSchema>;

// ---- competitors ----

const profileFields = {
  strengths: optionalText(4000),
  weaknesses: optionalText(4000),
  pricingHabits: optionalText(4000),
  typicalPartners: optionalText(2000),
  notes: optionalText(4000),
};
export const competitorNameSchema = z.string().trim().min(1).max(120);

/** POST /api/v1/competitors (also the pickers' inline "create"): an existing name (spaces/case aside) is returned, not duplicated. */
export const createCompetitorBodySchema = z.strictObject({ name: competitorNameSchema, ...profileFields });
export type CreateCompetitorInput = z.infer<typeof createCompetitorBodySchema>;

export const updateCompetitorBodySchema = z.strictObject({
  version: z.int().min(1),
  name: competitorNameSchema.optional(),
  ...profileFields,
});
export const updateCompetitorSchema = updateCompetitorBodySchema.extend({ competitorId: id });
export type UpdateCompetitorInput = z.infer<typeof updateCompetitorSchema>;

export const competitorIdParamsSchema = z.object({ id });
export const listCompetitorsQuerySchema = catalogueListQuery({}, 100);
export type ListCompetitorsQuery = z.infer<typeof listCompetitorsQuerySchema>;

export const competitivePositionSchema = z.enum(['AHEAD', 'EVEN', 'BEHIND']);

/** PUT /api/v1/opportunities/{id}/competitors/{competitorId}: link (or update) with our position against it. */
export const linkCompetitorBodySchema = z.strictObject({
  position: competitivePositionSchema.nullable().optional(),
  positionNote: optionalText(1000),
});
export const linkCompetitorSchema = linkCompetitorBodySchema.extend({ opportunityId: id, competitorId: id });
export type LinkCompetitorInput = z.infer<typeof linkCompetitorSchema>;
export const opportunityCompetitorParamsSchema = z.object({ id, competitorId: id });
export const unlinkCompetitorSchema = z.strictObject({ opportunityId: id, competitorId: id });

// ---- key accounts ----

/** PUT /api/v1/accounts/{id}/key-account { isKeyAccount, reason } (admin or sales manager). */
export const setKeyAccountBodySchema = z.strictObject({
  isKeyAccount: z.boolean(),
  reason: z.string().trim().min(1).max(500),
  version: z.int().min(1),
});
export const setKeyAccountSchema = setKeyAccountBodySchema.extend({ accountId: id });
export type SetKeyAccountInput = z.infer<typeof setKeyAccountSchema>;

/** PUT /api/v1/accounts/{id}/kam-plan: the KAM plan notes. */
export const kamPlanBodySchema = z.strictObject({
  version: z.int().min(1),
  kamGoals: optionalText(4000),
  kamWhitespace: optionalText(4000),
  kamRelationshipPlan: optionalText(4000),
});
export const kamPlanSchema = kamPlanBodySchema.extend({ accountId: id });
export type KamPlanInput = z.infer<typeof kamPlanSchema>;

/** The opportunity page's competitor picker: a typed name is linked, created first when new (spaces/case aside). */
export const linkCompetitorByNameSchema = z.strictObject({ opportunityId: id, name: competitorNameSchema });

// ---- 질의응답 사전 (Q&A entries) ----

const qaText = (max: number) => z.string().trim().min(1).max(max);
const qaFields = {
  needType: qaText(100),
  industry: optionalText(100),
  stage: optionalText(100),
  question: qaText(4000),
  answer: qaText(4000),
  avoidAnswer: optionalText(4000),
  source: optionalText(500),
};
/** POST /api/v1/qa-entries and the create dialog. */
export const createQaEntryBodySchema = z.strictObject(qaFields);
export type CreateQaEntryInput = z.infer<typeof createQaEntryBodySchema>;

/** PATCH /api/v1/qa-entries/{id}: only the fields sent; the version read (stale → 409). */
export const updateQaEntryBodySchema = z.strictObject({
  version: z.int().min(1),
  needType: qaFields.needType.optional(),
  industry: qaFields.industry,
  stage: qaFields.stage,
  question: qaFields.question.optional(),
  answer: qaFields.answer.optional(),
  avoidAnswer: qaFields.avoidAnswer,
  source: qaFields.source,
});
export const updateQaEntrySchema = updateQaEntryBodySchema.extend({ qaEntryId: id });
export type UpdateQaEntryInput = z.infer<typeof updateQaEntrySchema>;

export const qaEntryIdParamsSchema = z.object({ id });
export const listQaEntriesQuerySchema = catalogueListQuery({ needType: filterText(), industry: filterText(), stage: filterText() }, 200);
export type ListQaEntriesQuery = z.infer<typeof listQaEntriesQuerySchema>;
