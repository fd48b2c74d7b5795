import { z } from '@/lib/validation/z';
import { countryCodeSchema, optionalText } from './common';
import { importBatchSchemas, importColumns, importRunParams } from './imports';
import { ACCOUNT_IMPORT_FIELDS } from '@/lib/domain/accounts/import';

// Accounts and contacts edited by hand (issue 10): the page's actions and /api/v1/accounts,
// /api/v1/contacts parse with these. Cell-level rules (사업자등록번호 checksum, domain) are the
// same pure normalisers the imports use, applied in the command.

const id = z.uuid();

const accountFields = {
  name: z.string().trim().min(1).max(200),
  businessRegistrationNo: optionalText(20),
  domain: optionalText(255),
  industry: optionalText(100),
  country: countryCodeSchema.optional(),
  salesRegionId: id.nullable().optional(),
  // isKeyAccount is not edited here: the first won deal sets it, and an admin or sales manager sets or
  // clears it with a reason (PUT /api/v1/accounts/{id}/key-account, issue 12)
  reputationNotes: optionalText(4000),
};

/** POST /api/v1/accounts */
export const createAccountSchema = z.strictObject(accountFields);
export type CreateAccountInput = z.output<typeof createAccountSchema>;
/** PATCH /api/v1/accounts/{id} */
export const patchAccountBodySchema = z.strictObject({ ...accountFields, name: accountFields.name.optional(), version: z.int().min(1) });
export const updateAccountSchema = patchAccountBodySchema.extend({ accountId: id });
export type UpdateAccountInput = z.output<typeof updateAccountSchema>;

const powerRole = z.enum(['DECISION_MAKER', 'INFLUENCER', 'CHAMPION', 'GATEKEEPER', 'USER']);
const email = z
  .union([z.email().max(254), z.literal('').transform(() => null)])
  .nullable()
  .optional();
const contactFields = {
  name: z.string().trim().min(1).max(120),
  title: optionalText(120),
  email,
  phone: optionalText(40),
  powerRole: powerRole.nullable().optional(),
  stance: z.enum(['SUPPORTER', 'NEUTRAL', 'OPPONENT']).nullable().optional(),
  power: z.int().min(1).max(5).nullable().optional(),
  personaNotes: optionalText(4000),
};

/** POST /api/v1/contacts — on an account, optionally linked to some of its opportunities. */
export const createContactSchema = z.strictObject({
  accountId: id,
  ...contactFields,
  opportunityIds: z.array(id).max(50).optional(),
});
export type CreateContactInput = z.output<typeof createContactSchema>;

/** PATCH /api/v1/contacts/{id}: fields, and the set of the account's opportunities it is on. */
export const patchContactBodySchema = z.strictObject({
  name: contactFields.name.optional(),
  title: contactFields.title,
  email,
  phone: contactFields.phone,
  powerRole: contactFields.powerRole,
  stance: contactFields.stance,
  power: contactFields.power,
  personaNotes: contactFields.personaNotes,
  opportunityIds: z.array(id).max(50).optional(),
  version: z.int().min(1),
});
export const updateContactSchema = patchContactBodySchema.extend({ contactId: id });
export type UpdateContactInput = z.output<typeof updateContactSchema>;

/** DELETE /api/v1/contacts/{id}?version= */
export const removeContactQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
export const removeContactSchema = z.strictObject({ contactId: id, version: z.int().min(1) });
export type RemoveContactInput = z.output<typeof removeContactSchema>;

export const idParamsSchema = z.object({ id });

// ── response shapes (OpenAPI) ──
export const accountSchema = z.object({
  id,
  name: z.string(),
  businessRegistrationNo: z.string().nullable(),
  domain: z.string().nullable(),
  industry: z.string().nullable(),
  country: z.string(),
  salesRegionId: id.nullable(),
  isKeyAccount: z.boolean(),
  reputationNotes: z.string().nullable(),
  version: z.number().int(),
});
export const contactSchema = z.object({
  id,
  accountId: id,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  powerRole: powerRole.nullable(),
  stance: z.enum(['SUPPORTER', 'NEUTRAL', 'OPPONENT']).nullable(),
  power: z.number().int().nullable(),
  personaNotes: z.string().nullable(),
  opportunityIds: z.array(id),
  version: z.number().int(),
  deletedAt: z.string().nullable(),
});

// ── accounts + contacts import (/accounts/import, POST /api/v1/accounts/import) ──
export const { preview: previewAccountImportSchema, start: startAccountImportSchema } = importBatchSchemas(
  importColumns(ACCOUNT_IMPORT_FIELDS),
);
export type StartAccountImportInput = z.output<typeof startAccountImportSchema>;
/** ?dryRun=true&wait= */
export const accountImportQuerySchema = z.object(importRunParams);
