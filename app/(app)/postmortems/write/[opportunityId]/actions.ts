'use server';
// Authorization: built with defineAction, which calls requireSession() and can(roles,
// 'postmortem:write') before the command runs; the command scopes the opportunity to the user's
// own / team's deals (tests/integration/route-sweep.test.ts checks every export is guarded).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { savePostmortem } from '@/lib/server/commands/postmortems';
import { savePostmortemSchema } from '@/lib/validation/postmortems';

// Same command as POST /api/v1/opportunities/{id}/postmortem (version-checked; 409 with the current record).
export const savePostmortemAction = defineAction(
  { schema: savePostmortemSchema, permission: 'postmortem:write' },
  async ({ input, session }) => {
    const { created, postmortem, warnings } = await savePostmortem(db, session, input);
    revalidatePath('/postmortems', 'layout');
    return { created, warnings, id: postmortem.id, version: postmortem.version };
  },
);
