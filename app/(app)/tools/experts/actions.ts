'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createExpert, updateExpert } from '@/lib/server/commands/tools';
import { createExpertBodySchema, updateExpertSchema } from '@/lib/validation/experts';

export const createExpertAction = defineAction({ schema: createExpertBodySchema, permission: 'tools:edit' }, async ({ input, session }) => {
  const r = await createExpert(db, session, input);
  revalidatePath('/tools/experts');
  return r;
});

export const updateExpertAction = defineAction({ schema: updateExpertSchema, permission: 'tools:edit' }, async ({ input, session }) => {
  const r = await updateExpert(db, session, input);
  revalidatePath(`/tools/experts/${input.expertId}`);
  revalidatePath('/tools/experts');
  return r;
});
