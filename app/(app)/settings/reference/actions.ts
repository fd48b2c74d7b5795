'use server';
// Authorization: every action here is built with defineAction, or with commandAction, which goes
// through it (requireSession + can(roles, 'settings:manage')), and each command checks the
// permission again inside.
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { REFERENCE_KINDS } from '@/lib/domain/reference';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import { createReferenceItem, deleteReferenceItem, updateGeneralSettings, updateReferenceItem } from '@/lib/server/commands/reference';
import { generalSettingsBodySchema } from '@/lib/validation/reference';

const kind = z.enum(REFERENCE_KINDS);
const createSchema = z.strictObject({ kind, item: z.record(z.string(), z.unknown()) });
const updateSchema = z.strictObject({ kind, id: z.uuid(), patch: z.record(z.string(), z.unknown()) });
const deleteSchema = z.strictObject({ kind, id: z.uuid() });

export const createReferenceAction = defineAction({ schema: createSchema, permission: 'settings:manage' }, async ({ input, session }) => {
  await createReferenceItem(db, session, input.kind, input.item);
  revalidatePath('/settings/reference');
});

export const updateReferenceAction = defineAction({ schema: updateSchema, permission: 'settings:manage' }, async ({ input, session }) => {
  await updateReferenceItem(db, session, input.kind, input.id, input.patch);
  revalidatePath('/settings/reference');
});

export const deleteReferenceAction = defineAction({ schema: deleteSchema, permission: 'settings:manage' }, async ({ input, session }) => {
  await deleteReferenceItem(db, session, input.kind, input.id);
  revalidatePath('/settings/reference');
});

export const updateGeneralSettingsAction = commandAction(
  { schema: generalSettingsBodySchema, permission: 'settings:manage' },
  updateGeneralSettings,
  { revalidate: () => ['/settings/reference', '/tiers', '/postmortems'] },
);
