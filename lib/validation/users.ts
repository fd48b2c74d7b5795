import { z } from '@/lib/validation/z';
import { ROLES } from '@/lib/auth/permissions';
import { PEOPLE_FIELDS } from '@/lib/domain/people/import';
import { importBatchSchemas, importColumns, importRunParams } from './imports';

// ── people administration (Settings → 사용자, /api/v1/users) ──

export const VRB_DOMAINS = ['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'] as const;
const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const name = z.string().trim().min(1).max(100);
const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const vrbDomains = z.array(z.enum(VRB_DOMAINS)).max(VRB_DOMAINS.length);
const uuidOrNull = z.uuid().nullable();

export const createUserSchema = z.strictObject({
  name,
  email,
  roles,
  teamId: uuidOrNull.optional(),
  managerId: uuidOrNull.optional(),
  vrbDomains: vrbDomains.optional(),
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserBodySchema = z.strictObject({
  name: name.optional(),
  email: email.optional(),
  roles: roles.optional(),
  teamId: uuidOrNull.optional(),
  managerId: uuidOrNull.optional(),
  vrbDomains: vrbDomains.optional(),
  disabled: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type UpdateUserInput = z.output<typeof updateUserBodySchema>;
export const updateUserSchema = updateUserBodySchema.extend({ userId: z.uuid() });

export const userIdParamsSchema = z.object({ id: z.uuid() });
export const resetPasswordSchema = z.strictObject({ userId: z.uuid() });

export const setupPasswordSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(1000),
  confirm: z.string().max(1000),
});
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(1).max(1000),
  confirm: z.string().max(1000),
});

export const createTeamSchema = z.strictObject({ name: z.string().trim().min(1).max(80) });
export const updateTeamBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  active: z.boolean().optional(),
});
export const updateTeamSchema = updateTeamBodySchema.extend({ teamId: z.uuid() });
export const teamIdParamsSchema = z.object({ id: z.uuid() });

// ── bulk people import (Settings → 사용자 → 가져오기, POST /api/v1/users/import) ──
export const { preview: previewPeopleImportSchema, start: startPeopleImportSchema } = importBatchSchemas(importColumns(PEOPLE_FIELDS));
export type StartPeopleImportInput = z.output<typeof startPeopleImportSchema>;
/** ?dryRun=true&wait= */
export const peopleImportQuerySchema = z.object(importRunParams);
/** POST /api/v1/users/imports/{batchId}/setup-links?format= */
export const importSetupLinksParamsSchema = z.object({ batchId: z.uuid() });
export const importSetupLinksQuerySchema = z.object({ format: z.enum(['csv', 'xlsx', 'json']).default('csv') });
