import { z } from '@/lib/validation/z';
import { REFERENCE_KINDS } from '@/lib/domain/reference';
import { VRB_DOMAINS } from './users';
import { assessmentWeightsSchema } from './settings';

// Reference data (Settings → 기준 정보, /api/v1/reference/{kind}): admins only.

const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,40}$/, { message: 'code: A–Z, 0–9, _ (2–40)' });
const label = z.string().trim().min(1).max(100);

export const referenceKindParamsSchema = z.object({ kind: z.enum(REFERENCE_KINDS) });
export const referenceItemParamsSchema = z.object({ kind: z.enum(REFERENCE_KINDS), id: z.uuid() });

export const reasonCreateSchema = z.strictObject({
  kind: z.enum(['WON', 'LOST', 'NO_BID', 'DROPPED', 'DISQUALIFY']),
  code,
  labelKo: label,
  labelEn: label,
});
export const categoryCreateSchema = z.strictObject({ code, nameKo: label, nameEn: label });
export const regionCreateSchema = z.strictObject({
  code,
  nameKo: label,
  nameEn: label,
  scope: z.enum(['DOMESTIC', 'OVERSEAS']),
  countryCode: z.string().trim().max(2).nullable().optional(),
});
export const vrbStageCreateSchema = z.strictObject({
  code,
  nameKo: label,
  nameEn: label,
  requiredDomains: z.array(z.enum(VRB_DOMAINS)).max(VRB_DOMAINS.length),
  usualTier: z.int().min(1).max(4).nullable().optional(),
  isBidApproval: z.boolean().optional(),
});

/** Edits: names, activity, order position (1-based), and the kind's own fields; never the code. */
const common = { active: z.boolean().optional(), position: z.int().min(1).max(1000).optional() };
export const reasonUpdateSchema = z.strictObject({ labelKo: label.optional(), labelEn: label.optional(), ...common });
export const categoryUpdateSchema = z.strictObject({ nameKo: label.optional(), nameEn: label.optional(), ...common });
export const regionUpdateSchema = z.strictObject({
  nameKo: label.optional(),
  nameEn: label.optional(),
  scope: z.enum(['DOMESTIC', 'OVERSEAS']).optional(),
  countryCode: z.string().trim().max(2).nullable().optional(),
  ...common,
});
export const vrbStageUpdateSchema = z.strictObject({
  nameKo: label.optional(),
  nameEn: label.optional(),
  requiredDomains: z.array(z.enum(VRB_DOMAINS)).max(VRB_DOMAINS.length).optional(),
  usualTier: z.int().min(1).max(4).nullable().optional(),
  isBidApproval: z.boolean().optional(),
  ...common,
});

export const REFERENCE_CREATE = {
  reasons: reasonCreateSchema,
  categories: categoryCreateSchema,
  regions: regionCreateSchema,
  'vrb-stages': vrbStageCreateSchema,
} as const;
export const REFERENCE_UPDATE = {
  reasons: reasonUpdateSchema,
  categories: categoryUpdateSchema,
  regions: regionUpdateSchema,
  'vrb-stages': vrbStageUpdateSchema,
} as const;

// any kind's body; the command re-parses it with the kind's own schema
export const referenceBodySchema = z.record(z.string(), z.unknown());

export const generalSettingsBodySchema = z.strictObject({
  marginFloorPct: z.number().min(0).max(100).optional(),
  postmortemDueDays: z.int().min(1).max(365).optional(),
  closedDealWindowDays: z.int().min(1).max(3650).optional(),
  /** dry-run and abandoned import uploads are deleted after this many days */
  importUploadRetentionDays: z.int().min(1).max(365).optional(),
  /** VRB assessment: each criterion's weight in the weighted score (0 leaves it out) */
  assessmentWeights: assessmentWeightsSchema.optional(),
});
export type GeneralSettingsBody = z.output<typeof generalSettingsBodySchema>;
