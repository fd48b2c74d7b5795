import { z } from '@/lib/validation/z';
import { catalogueListQuery, filterText, optionalText } from './common';

// Expert network (issue 12 item 4): inputs shared by /tools/experts, the opportunity page's experts
// card and /api/v1. API bodies are strict; text refuses NUL and lone surrogates (400 naming the field).

const id = z.uuid();
export const EXPERT_KINDS = ['INTERNAL', 'EXTERNAL'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];

const email = z
  .union([z.email().max(254), z.literal('').transform(() => null)])
  .nullable()
  .optional();
const phone = z
  .union([
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9+()\-. ]*$/, { message: 'experts.errors.badPhone' }),
    z.null(),
  ])
  .transform((s) => (s === '' ? null : s))
  .optional();
const userId = z.union([id, z.literal('').transform(() => null), z.null()]).optional();

const expertFields = {
  name: z.string().trim().min(1).max(120),
  internal: z.boolean(),
  userId,
  field: z.string().trim().min(1).max(100),
  organization: optionalText(200),
  email,
  phone,
  notes: optionalText(4000),
};

/** POST /api/v1/experts and the create dialog. `userId` (a Tierline user) only for an internal expert. */
export const createExpertBodySchema = z.strictObject({ ...expertFields, internal: expertFields.internal.default(false) });
export type CreateExpertInput = z.output<typeof createExpertBodySchema>;

/** PATCH /api/v1/experts/{id}: only the fields sent; the version read (stale → 409). */
export const updateExpertBodySchema = z.strictObject({
  version: z.int().min(1),
  name: expertFields.name.optional(),
  internal: expertFields.internal.optional(),
  userId,
  field: expertFields.field.optional(),
  organization: expertFields.organization,
  email,
  phone,
  notes: expertFields.notes,
});
export const updateExpertSchema = updateExpertBodySchema.extend({ expertId: id });
export type UpdateExpertInput = z.output<typeof updateExpertSchema>;

export const expertIdParamsSchema = z.object({ id });
export const listExpertsQuerySchema = catalogueListQuery({ kind: z.enum(EXPERT_KINDS).optional(), field: filterText() }, 200);
export type ListExpertsQuery = z.output<typeof listExpertsQuerySchema>;

/** PUT /api/v1/opportunities/{id}/experts/{expertId}: link an expert to a deal (or change what they did there). */
export const linkExpertBodySchema = z.strictObject({
  role: optionalText(200),
  note: optionalText(1000),
});
export const linkExpertSchema = linkExpertBodySchema.extend({ opportunityId: id, expertId: id });
export type LinkExpertInput = z.output<typeof linkExpertSchema>;
export const opportunityExpertParamsSchema = z.object({ id, expertId: id });
export const unlinkExpertSchema = z.strictObject({ opportunityId: id, expertId: id });
