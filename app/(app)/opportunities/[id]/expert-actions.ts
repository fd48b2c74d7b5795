'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { linkExpert, unlinkExpert } from '@/lib/server/commands/tools';
import { linkExpertSchema, unlinkExpertSchema } from '@/lib/validation/experts';

// The experts card: PUT and DELETE /api/v1/opportunities/{id}/experts/{expertId} — the same commands.
export const linkExpertAction = defineAction({ schema: linkExpertSchema, permission: 'opportunity:edit' }, async ({ input, session }) => {
  const r = await linkExpert(db, session, input);
  revalidatePath(`/opportunities/${input.opportunityId}`);
  revalidatePath(`/tools/experts/${input.expertId}`);
  return r;
});

export const unlinkExpertAction = defineAction(
  { schema: unlinkExpertSchema, permission: 'opportunity:edit' },
  async ({ input, session }) => {
    const r = await unlinkExpert(db, session, input);
    revalidatePath(`/opportunities/${input.opportunityId}`);
    revalidatePath(`/tools/experts/${input.expertId}`);
    return r;
  },
);
