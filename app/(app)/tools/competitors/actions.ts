'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
// Each calls the same command as its /api/v1 route.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { createCompetitor, updateCompetitor } from '@/lib/server/commands/tools';
import { createCompetitorBodySchema, updateCompetitorSchema } from '@/lib/validation/tools';

export const createCompetitorAction = defineAction(
  { schema: createCompetitorBodySchema, permission: 'tools:edit' },
  async ({ input, session }) => {
    const r = await createCompetitor(db, session, input);
    revalidatePath('/tools/competitors');
    return r;
  },
);

export const updateCompetitorAction = defineAction(
  { schema: updateCompetitorSchema, permission: 'tools:edit' },
  async ({ input, session }) => {
    const r = await updateCompetitor(db, session, input);
    revalidatePath(`/tools/competitors/${input.competitorId}`);
    revalidatePath('/tools/competitors');
    return r;
  },
);
