'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { addPowerMapPerson, updatePowerMapPerson } from '@/lib/server/commands/power-map';
import { addPowerMapPersonSchema, updatePowerMapPersonSchema } from '@/lib/validation/power-map';

// The same commands as POST / PATCH /api/v1/opportunities/{id}/power-map[/{contactId}].
export const updatePowerMapPersonAction = defineAction(
  { schema: updatePowerMapPersonSchema, permission: 'tools:edit' },
  async ({ input, session }) => {
    const person = await updatePowerMapPerson(db, session, input);
    revalidatePath(`/opportunities/${input.opportunityId}/power-map`);
    return person;
  },
);

export const addPowerMapPersonAction = defineAction(
  { schema: addPowerMapPersonSchema, permission: 'tools:edit' },
  async ({ input, session }) => {
    const person = await addPowerMapPerson(db, session, input);
    revalidatePath(`/opportunities/${input.opportunityId}/power-map`);
    return person;
  },
);
