'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createQaEntry, updateQaEntry } from '@/lib/server/commands/tools';
import { createQaEntryBodySchema, updateQaEntrySchema } from '@/lib/validation/tools';

export const createQaEntryAction = defineAction(
  { schema: createQaEntryBodySchema, permission: 'tools:edit' },
  async ({ input, session }) => {
    const r = await createQaEntry(db, session, input);
    revalidatePath('/tools/qa');
    return r;
  },
);

export const updateQaEntryAction = defineAction({ schema: updateQaEntrySchema, permission: 'tools:edit' }, async ({ input, session }) => {
  const r = await updateQaEntry(db, session, input);
  revalidatePath('/tools/qa');
  return r;
});
