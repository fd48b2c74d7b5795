import { z } from '@/lib/validation/z';

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
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type AllSettings = { [K in SettingKey]: SettingValue<K> };
