import { z } from '@/lib/validation/z';
import { DEFAULT_ASSESSMENT_WEIGHTS } from '@/lib/domain/vrb/assessment';

// Every admin setting: its key, its shape and its default. Stored as JSON in the Setting table;
// a missing or invalid stored value falls back to the default (and is reported in the log).

export const qualificationRulesSchema = z.strictObject({
  requirePhone: z.boolean(), // seed footnote 2: a phone number turns an MQL into an SQL
  requireCompany: z.boolean(),
  requireContactName: z.boolean(),
  excludeCold: z.boolean(),
  requireNeedIntentOrBudget: z.boolean(),
});

const days = z.number().int().min(1).max(3650);
export const stallThresholdsSchema = z.strictObject({ tier4: days, tier3: days, tier2: days, tier1: days });

// short 2–4 months, mid 5–12, long 12–24 (seed; footnote 6: other industries differ)
export const horizonBoundsSchema = z
  .strictObject({ shortMaxMonths: z.number().int().min(1).max(120), midMaxMonths: z.number().int().min(1).max(240) })
  .refine((v) => v.shortMaxMonths < v.midMaxMonths, { message: 'short < mid', path: ['midMaxMonths'] });

export const tierRulesSchema = z.strictObject({
  // Tier 1 needs a passed bid-approval VRB stage; configurable until every firm runs VRB in Tierline
  requireVrbBidApprovalForTier1: z.boolean(),
});

// VRB ROI calculator: the firm's labour grades with their default monthly rates (원, decimal strings)
export const laborGradesSchema = z
  .array(z.strictObject({ grade: z.string().trim().min(1).max(40), monthlyRate: z.string().regex(/^\d{1,15}(\.\d{1,2})?$/) }))
  .min(1)
  .max(20);
// VRB assessment: the weight of each of the six criteria (0 leaves a criterion out of the weighted score)
const weight = z.number().min(0).max(100);
export const assessmentWeightsSchema = z.strictObject({
  CUSTOMER_NEGOTIATION_POWER: weight,
  SALES_CAPABILITY: weight,
  COMPETITIVE_POSITION: weight,
  TECHNICAL_RISK: weight,
  LEGAL_RISK: weight,
  STRATEGIC_VALUE: weight,
});

export const SETTINGS = {
  qualificationRules: {
    schema: qualificationRulesSchema,
    default: { requirePhone: true, requireCompany: true, requireContactName: true, excludeCold: true, requireNeedIntentOrBudget: true },
  },
  stallThresholds: { schema: stallThresholdsSchema, default: { tier4: 60, tier3: 45, tier2: 30, tier1: 21 } },
  horizonBounds: { schema: horizonBoundsSchema, default: { shortMaxMonths: 4, midMaxMonths: 12 } },
  tierRules: { schema: tierRulesSchema, default: { requireVrbBidApprovalForTier1: true } },
  marginFloorPct: { schema: z.number().min(0).max(100), default: 10 },
  stagnantReviewCount: { schema: z.number().int().min(1).max(52), default: 3 },
  // SW 기술자 등급 (특급/고급/중급/초급) with default monthly rates; admins may replace them with the firm's own
  laborGrades: {
    schema: laborGradesSchema,
    default: [
      { grade: '특급', monthlyRate: '13000000' },
      { grade: '고급', monthlyRate: '10000000' },
      { grade: '중급', monthlyRate: '8000000' },
      { grade: '초급', monthlyRate: '6000000' },
    ],
  },
  assessmentWeights: {
    schema: assessmentWeightsSchema,
    default: DEFAULT_ASSESSMENT_WEIGHTS,
  },
  // a closed deal's postmortem is due this many days after it closed (SPEC §5; was a constant 14)
  postmortemDueDays: { schema: z.number().int().min(1).max(365), default: 14 },
  // the tier board's Tier 0 column shows deals closed within this many days (was a constant 90)
  closedDealWindowDays: { schema: z.number().int().min(1).max(3650), default: 90 },
  // an import upload nobody can use any more (a dry run's, an abandoned draft's) is deleted after this many days
  importUploadRetentionDays: { schema: z.number().int().min(1).max(365), default: 7 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type AllSettings = { [K in SettingKey]: SettingValue<K> };
