import { z } from '@/lib/validation/z';
import { countryCodeSchema, optionalText } from './common';
import { CLOSED_OUTCOMES, HORIZONS } from '@/lib/domain/tiers';
import { AMOUNT_UNITS } from '@/lib/domain/pipeline/amount';
import { PIPELINE_FIELDS } from '@/lib/domain/pipeline/headers';
import { importBatchSchemas, importColumns, importRunParams } from './imports';

// Inputs of the opportunity and tier commands, shared by the pages' actions and /api/v1.
// API bodies are strict (unknown fields → 400).

const id = z.uuid();
const text = (max: number) => z.string().trim().max(max);
/** A KRW amount: digits with up to 2 decimals (string or number) → a decimal string. */
export const moneySchema = z
  .union([z.string().trim(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.replace(/[,\s]/g, '')))
  .pipe(z.string().regex(/^\d{1,18}(\.\d{1,2})?$/, { message: 'amount: digits only, up to 2 decimals' }));
const optionalMoney = z.union([moneySchema, z.literal('').transform(() => null), z.null()]).optional();
const isoDate = z.iso.date();
const optionalDate = z.union([isoDate, z.literal('').transform(() => null), z.null()]).optional();

export const tierSchema = z.int().min(0, { message: 'tier is 4, 3, 2, 1 or 0' }).max(4, { message: 'tier is 4, 3, 2, 1 or 0' });
export const closedOutcomeSchema = z.enum(CLOSED_OUTCOMES);
export const lossTypeSchema = z.enum(['COMPETITOR', 'NO_DECISION']);
const powerRoleSchema = z.enum(['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER']);

const newContact = z.strictObject({ name: text(120).min(1), title: optionalText(120) });

/** Values the requirement form fills in before completing a move (each optional). */
export const moveFillSchema = z.strictObject({
  need: optionalText(2000),
  amount: optionalMoney,
  expectedCloseDate: optionalDate,
  proposalDueDate: optionalDate,
  contractAmount: optionalMoney,
  lossType: lossTypeSchema.nullable().optional(),
  reasonIds: z.array(id).max(20).optional(),
  contact: newContact.optional(),
  decisionMaker: newContact.optional(),
  decisionMakerContactId: id.optional(),
});
export type MoveFill = z.infer<typeof moveFillSchema>;

const moveFields = {
  to: tierSchema,
  outcome: closedOutcomeSchema.nullable().optional(),
  reason: optionalText(2000),
  version: z.int().min(1),
};

/** POST /api/v1/opportunities/{id}/tier: SPEC's { to, outcome?, reason?, version } plus optional Tier 0 details. */
export const moveTierBodySchema = z.strictObject({
  ...moveFields,
  reasonIds: z.array(id).max(20).optional(),
  contractAmount: optionalMoney,
  lossType: lossTypeSchema.nullable().optional(),
});
export type MoveTierBody = z.infer<typeof moveTierBodySchema>;

/** The board's move action: the same plus the requirement form's values. */
export const moveTierSchema = z.strictObject({ opportunityId: id, ...moveFields, fill: moveFillSchema.optional() });
export type MoveTierInput = z.infer<typeof moveTierSchema>;

/** Editable fields (inline edit on the opportunity page, PATCH /api/v1/opportunities/{id}). */
export const opportunityPatchFieldsSchema = z.strictObject({
  name: text(200).min(1).optional(),
  amount: optionalMoney,
  businessCategoryId: id.nullable().optional(),
  regionScope: z.enum(['DOMESTIC', 'OVERSEAS']).optional(),
  country: countryCodeSchema.optional(),
  salesRegionId: id.nullable().optional(),
  expectedCloseDate: optionalDate,
  need: optionalText(2000),
  resourcePersonMonths: z
    .union([
      z.number().min(0).max(100000),
      z
        .string()
        .trim()
        .regex(/^\d{1,6}(\.\d)?$/)
        .transform(Number),
      z.literal('').transform(() => null),
      z.null(),
    ])
    .optional(),
  resourceBudget: optionalMoney,
  resourceDays: z.union([z.int().min(0).max(10000), z.literal('').transform(() => null), z.null()]).optional(),
  marketPolitical: optionalText(4000),
  marketSocial: optionalText(4000),
  marketCultural: optionalText(4000),
  marketNotes: optionalText(4000),
  nextStep: optionalText(500),
  nextStepDueDate: optionalDate,
  proposalDueDate: optionalDate,
  contractAmount: optionalMoney,
  lossType: lossTypeSchema.nullable().optional(),
  lostToCompetitorId: id.nullable().optional(),
  reasonIds: z.array(id).max(20).optional(),
});
export type OpportunityPatch = z.infer<typeof opportunityPatchFieldsSchema>;

export const patchOpportunityBodySchema = opportunityPatchFieldsSchema.extend({ version: z.int().min(1) });
export const updateOpportunitySchema = patchOpportunityBodySchema.extend({ opportunityId: id });
export type UpdateOpportunityInput = z.infer<typeof updateOpportunitySchema>;

export const opportunityIdParamsSchema = z.object({ id });

const csvIds = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(id).max(50));

export const listOpportunitiesQuerySchema = z.strictObject({
  tier: z.coerce.number().pipe(tierSchema).optional(),
  owner: id.optional(),
  category: z.string().trim().min(1).max(60).optional(), // id or code
  region: z.string().trim().min(1).max(60).optional(), // DOMESTIC | OVERSEAS | sales-region code or id
  outcome: z.enum(['OPEN', ...CLOSED_OUTCOMES]).optional(),
  cursor: id.optional(), // the last id of the previous page (keyset)
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListOpportunitiesQuery = z.infer<typeof listOpportunitiesQuerySchema>;

/** Board filters (URL search params). */
export const boardFiltersSchema = z.object({
  owner: csvIds.optional().catch(undefined),
  team: id.optional().catch(undefined),
  category: id.optional().catch(undefined),
  region: z.enum(['DOMESTIC', 'OVERSEAS']).optional().catch(undefined),
  horizon: z.enum(HORIZONS).optional().catch(undefined),
  stalled: z
    .enum(['1', 'true'])
    .transform(() => true)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type BoardFilters = z.infer<typeof boardFiltersSchema>;

export const snoozeStallSchema = z.strictObject({ opportunityId: id, until: isoDate, reason: text(500).min(1) });
/** POST /api/v1/opportunities/{id}/stall-snooze */
export const snoozeStallBodySchema = snoozeStallSchema.omit({ opportunityId: true });
/** Place a card between its new neighbours in its board column (either may be absent: top or bottom). */
export const reorderSchema = z
  .strictObject({ opportunityId: id, aboveId: id.nullable().optional(), belowId: id.nullable().optional() })
  .refine((v) => !!(v.aboveId || v.belowId), { message: 'give aboveId, belowId or both', path: ['aboveId'] })
  .refine((v) => v.aboveId !== v.opportunityId && v.belowId !== v.opportunityId && (!v.aboveId || v.aboveId !== v.belowId), {
    message: 'the neighbours must be two other cards',
    path: ['belowId'],
  });
/** POST /api/v1/opportunities/{id}/position */
export const reorderBodySchema = z.strictObject({ aboveId: id.nullable().optional(), belowId: id.nullable().optional() });
export const ACTIVITY_TYPES = ['MEETING', 'CALL', 'EMAIL', 'VISIT', 'DEMO', 'PROPOSAL', 'NOTE', 'TASK'] as const;
/** An activity as logged (deal or account); a next step given on a deal becomes the deal's "다음 단계". */
export const activityBodySchema = z.strictObject({
  type: z.enum(ACTIVITY_TYPES),
  subject: text(200).min(1),
  body: optionalText(4000),
  occurredAt: z.iso.datetime({ local: true, offset: true }).or(isoDate),
  nextStep: optionalText(500),
  nextStepDueDate: optionalDate,
});
export const addActivitySchema = activityBodySchema.extend({ opportunityId: id });
export const addContactSchema = z.strictObject({
  opportunityId: id,
  name: text(120).min(1),
  title: optionalText(120),
  email: z
    .union([z.email(), z.literal('').transform(() => null)])
    .nullable()
    .optional(),
  phone: optionalText(40),
  powerRole: powerRoleSchema.nullable().optional(),
});

// tier reviews: lib/validation/tier-reviews.ts

// admin reason lists (won / lost / no-bid / drop, and the lead disqualification reasons)
export const reasonKindSchema = z.enum(['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY']);
export const addReasonSchema = z.strictObject({
  kind: reasonKindSchema,
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{2,40}$/, { message: 'code: A–Z, 0–9, _ (2–40)' }),
  labelKo: text(100).min(1),
  labelEn: text(100).min(1),
});
export const setReasonActiveSchema = z.strictObject({ reasonId: id, active: z.boolean() });

/**
 * POST /api/v1/opportunities and "+ 사업기회": SPEC's { name, accountId? | account?, ownerId?,
 * amount?, expectedCloseAt?, categoryId?, … }. `tier` (default 4) above 4 only with what that
 * tier's entry requirements need (contacts with a decision maker, need, amount, close date…).
 */
export const createOpportunitySchema = z
  .strictObject({
    name: text(200).min(1),
    accountId: id.optional(),
    account: z.strictObject({ name: text(200).min(1), businessRegistrationNo: optionalText(20), domain: optionalText(255) }).optional(),
    ownerId: id.optional(),
    amount: optionalMoney,
    expectedCloseAt: optionalDate,
    categoryId: id.nullable().optional(),
    regionScope: z.enum(['DOMESTIC', 'OVERSEAS']).optional(),
    country: countryCodeSchema.optional(),
    salesRegionId: id.nullable().optional(),
    need: optionalText(2000),
    nextStep: optionalText(500),
    nextStepDueDate: optionalDate,
    proposalDueDate: optionalDate,
    bidNoticeNo: optionalText(60),
    bidRound: z.int().min(0).max(999).nullable().optional(),
    tier: z.int().min(1, { message: 'a new opportunity enters Tier 4, 3, 2 or 1' }).max(4).default(4),
    contacts: z
      .array(z.strictObject({ name: text(120).min(1), title: optionalText(120), powerRole: powerRoleSchema.nullable().optional() }))
      .max(20)
      .optional(),
    contactIds: z.array(id).max(20).optional(),
  })
  .refine((v) => !!v.accountId !== !!v.account, { message: 'give accountId or account, not both', path: ['accountId'] });
export type CreateOpportunityInput = z.output<typeof createOpportunitySchema>;

// ── pipeline import (/opportunities/import, POST /api/v1/opportunities/import) ──
export const pipelineMappingSchema = z.strictObject({
  columns: importColumns(PIPELINE_FIELDS),
  amountUnit: z.enum(AMOUNT_UNITS).nullable(),
});
export const { preview: previewPipelineImportSchema, start: startPipelineImportSchema } = importBatchSchemas(pipelineMappingSchema);
export type StartPipelineImportInput = z.output<typeof startPipelineImportSchema>;
/** ?dryRun=true&amountUnit=EOK|MILLION|WON (the unit of an amount column whose header does not say it)&wait= */
export const pipelineImportQuerySchema = z.object({
  dryRun: importRunParams.dryRun,
  amountUnit: z.enum(AMOUNT_UNITS).optional(),
  wait: importRunParams.wait,
});
