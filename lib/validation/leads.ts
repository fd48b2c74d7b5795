import { z } from '@/lib/validation/z';
import { emptyToUndefined } from './common';
import { LEAD_FIELDS } from '@/lib/domain/import/headers';

// Lead inbox, qualification, conversion and import: shared by the page's actions and /api/v1/leads.

export const LEAD_STATUSES = ['MQL', 'SQL', 'CONVERTED', 'DISQUALIFIED'] as const;
export const TEMPERATURES = ['HOT', 'WARM', 'COLD'] as const;
export const LEAD_SOURCES = [
  'WEB_PAGE',
  'WHITE_PAPER',
  'BLOG',
  'INFOGRAPHIC',
  'PRESENTATION',
  'BUSINESS_CARD',
  'NEWSLETTER',
  'SEMINAR',
  'INTERVIEW',
  'OTHER',
] as const;
export const LEAD_SORTS = ['created_desc', 'created_asc', 'company_asc', 'company_desc'] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];

const opt = <T extends z.ZodType>(s: T) => z.preprocess(emptyToUndefined, s.optional());
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'invalid date');

export const listLeadsQuerySchema = z.object({
  status: opt(z.enum(LEAD_STATUSES)),
  temperature: opt(z.enum(TEMPERATURES)),
  source: opt(z.enum(LEAD_SOURCES)),
  campaign: opt(z.string().max(200)),
  owner: opt(z.union([z.uuid(), z.literal('none'), z.literal('me')])),
  from: opt(isoDate),
  to: opt(isoDate),
  q: opt(z.string().trim().max(100)),
  sort: z.preprocess(emptyToUndefined, z.enum(LEAD_SORTS).default('created_desc')),
  cursor: opt(z.string().max(500)),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type ListLeadsQuery = z.output<typeof listLeadsQuerySchema>;

export const leadIdParamsSchema = z.object({ id: z.uuid() });
export const batchIdParamsSchema = z.object({ batchId: z.uuid() });

export const qualifyBodySchema = z.strictObject({
  ownerId: z.uuid().optional(), // assign a rep while qualifying
  version: z.number().int().positive().optional(), // stale → 409
});
export const disqualifyBodySchema = z.strictObject({
  reason: z.string().trim().min(1).max(100), // a DISQUALIFY reason's id or code
  note: z.string().trim().max(500).optional(),
  version: z.number().int().positive().optional(),
});
export const convertBodySchema = z.strictObject({
  ownerId: z.uuid(),
  opportunityName: z.string().trim().min(1).max(200).optional(),
  version: z.number().int().positive().optional(),
});
export const assignBodySchema = z.strictObject({ ownerId: z.uuid().nullable() });

export const bulkLeadActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('assign'), ids: z.array(z.uuid()).min(1).max(500), ownerId: z.uuid().nullable() }),
  z.strictObject({ action: z.literal('qualify'), ids: z.array(z.uuid()).min(1).max(500), ownerId: z.uuid().optional() }),
  z.strictObject({
    action: z.literal('disqualify'),
    ids: z.array(z.uuid()).min(1).max(500),
    reason: z.string().trim().min(1).max(100),
    note: z.string().trim().max(500).optional(),
  }),
]);
export type BulkLeadAction = z.output<typeof bulkLeadActionSchema>;

export const columnMappingSchema = z.partialRecord(z.enum(LEAD_FIELDS), z.number().int().min(0).max(199).nullable());

export const importQuerySchema = z.object({
  mapping: opt(z.literal('auto')),
  dryRun: z.preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0']).optional()).transform((v) => v === 'true' || v === '1'),
  wait: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(30).optional()),
});

export const startImportSchema = z.strictObject({
  batchId: z.uuid(),
  mapping: columnMappingSchema,
  dryRun: z.boolean(),
});
export const previewImportSchema = z.strictObject({ batchId: z.uuid(), mapping: columnMappingSchema });

// ── response shapes (OpenAPI) ──
export const importErrorItemSchema = z.object({ row: z.number().int(), column: z.string().optional(), message: z.string() });
export const importResultSchema = z.object({
  batchId: z.uuid(),
  status: z.enum(['pending', 'running', 'done', 'failed']),
  dryRun: z.boolean(),
  processed: z.number().int(),
  total: z.number().int().nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  message: z.string().nullable(),
  errors: z.array(importErrorItemSchema),
});
export const leadItemSchema = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  temperature: z.enum(TEMPERATURES).nullable(),
  source: z.enum(LEAD_SOURCES).nullable(),
  campaign: z.string().nullable(),
  status: z.enum(LEAD_STATUSES),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  budget: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const leadListSchema = z.object({ items: z.array(leadItemSchema), nextCursor: z.string().nullable() });
export const convertResultSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tier: z.number().int(),
  outcome: z.literal('OPEN'),
  accountId: z.uuid(),
  ownerId: z.uuid(),
  leadId: z.uuid(),
  contactId: z.uuid().nullable(),
});

// ── create / edit by hand (POST /api/v1/leads, PATCH /api/v1/leads/{id}, the drawer's form) ──
const leadText = (max: number) => z.union([z.string().max(max), z.null()]).optional();
const leadEditFields = {
  email: leadText(254),
  website: leadText(255),
  company: leadText(200),
  name: leadText(100),
  title: leadText(100),
  phone: leadText(40),
  campaign: leadText(200),
  need: leadText(2000),
  intent: leadText(2000),
  notes: leadText(4000),
  businessRegistrationNo: leadText(20),
  budget: z
    .union([z.string().max(40), z.number().nonnegative(), z.null()])
    .optional()
    .transform((v) => (typeof v === 'number' ? String(v) : v)),
  source: z.preprocess(emptyToUndefined, z.enum(LEAD_SOURCES).nullable().optional()),
  ownerId: z.preprocess(emptyToUndefined, z.uuid().nullable().optional()),
};
export const createLeadSchema = z.strictObject({
  ...leadEditFields,
  temperature: z.enum(TEMPERATURES),
});
export type CreateLeadInput = z.output<typeof createLeadSchema>;
export const patchLeadBodySchema = z.strictObject({
  ...leadEditFields,
  temperature: z.preprocess(emptyToUndefined, z.enum(TEMPERATURES).optional()),
  version: z.int().min(1),
});
export const updateLeadSchema = patchLeadBodySchema.extend({ leadId: z.uuid() });
export type UpdateLeadInput = z.output<typeof updateLeadSchema>;

export const leadDetailSchema = z.object({
  id: z.uuid(),
  status: z.enum(LEAD_STATUSES),
  email: z.string().nullable(),
  website: z.string().nullable(),
  company: z.string().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  temperature: z.enum(TEMPERATURES).nullable(),
  source: z.enum(LEAD_SOURCES).nullable(),
  campaign: z.string().nullable(),
  need: z.string().nullable(),
  intent: z.string().nullable(),
  budget: z.string().nullable(),
  notes: z.string().nullable(),
  businessRegistrationNo: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  version: z.number().int(),
  checklist: z.array(z.object({ key: z.string(), met: z.boolean() })),
  qualified: z.boolean(),
});
