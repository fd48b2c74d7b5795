import { z } from '@/lib/validation/z';
import { optionalText } from './common';
import { POWER_MAX, POWER_MIN } from '@/lib/domain/power-map/validate';

// Inputs of the power map commands (issue #12 item 1), shared by the page's actions and /api/v1.

const id = z.uuid();
export const STANCES = ['SUPPORTER', 'NEUTRAL', 'OPPONENT'] as const;
export const DECISION_ROLES = ['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER'] as const;
export const stanceSchema = z.enum(STANCES);
export const decisionRoleSchema = z.enum(DECISION_ROLES);
/** 1..5; the domain rule checks again (a form may send a string). */
export const powerSchema = z.coerce
  .number()
  .int({ message: `power is a whole number ${POWER_MIN}–${POWER_MAX}` })
  .min(POWER_MIN, { message: `power is ${POWER_MIN}–${POWER_MAX}` })
  .max(POWER_MAX, { message: `power is ${POWER_MIN}–${POWER_MAX}` });

const personFields = {
  reportsToId: id.nullable().optional(),
  stance: stanceSchema.nullable().optional(),
  power: powerSchema.nullable().optional(),
  powerRole: decisionRoleSchema.nullable().optional(),
  relationshipOwnerId: id.nullable().optional(),
};

/** PATCH /api/v1/opportunities/{id}/power-map/{contactId}: the fields sent, with the version read. */
export const patchPowerMapPersonBodySchema = z.strictObject({ version: z.int().min(1), ...personFields });
export const updatePowerMapPersonSchema = patchPowerMapPersonBodySchema.extend({ opportunityId: id, contactId: id });
export type UpdatePowerMapPersonInput = z.infer<typeof updatePowerMapPersonSchema>;

/** POST /api/v1/opportunities/{id}/power-map: a new person of the account, put on this deal's map. */
export const addPowerMapPersonBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  title: optionalText(120),
  ...personFields,
});
export const addPowerMapPersonSchema = addPowerMapPersonBodySchema.extend({ opportunityId: id });
export type AddPowerMapPersonInput = z.infer<typeof addPowerMapPersonSchema>;

export const powerMapPersonParamsSchema = z.object({ id, contactId: id });

// response shapes (OpenAPI and the contract tests)
export const powerMapPersonItemSchema = z.object({
  contactId: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  powerRole: decisionRoleSchema.nullable(),
  stance: stanceSchema.nullable(),
  power: z.int().nullable(),
  reportsToId: z.uuid().nullable(),
  reportsToName: z.string().nullable(),
  relationshipOwnerId: z.uuid().nullable(),
  relationshipOwnerName: z.string().nullable(),
  version: z.int(),
});
export const powerMapViewSchema = z.object({ people: z.array(powerMapPersonItemSchema) });
export type PowerMapPersonItem = z.infer<typeof powerMapPersonItemSchema>;
