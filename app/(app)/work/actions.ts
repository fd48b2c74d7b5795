'use server';
// Authorization: every action here is built with defineAction (requireSession + can(roles,
// permission)); the commands check the role again and the record-level rule.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { answerFinding } from '@/lib/server/commands/vrb';
import { markNotificationsRead, markNotificationsReadFor } from '@/lib/server/commands/notifications';
import { z } from '@/lib/validation/z';
import { answerFindingBodySchema } from '@/lib/validation/vrb';

/** Answer a finding from the work list; the notifications about its review are then read. */
export const answerFindingFromWorkAction = defineAction(
  { schema: answerFindingBodySchema.extend({ findingId: z.uuid(), reviewId: z.uuid() }), permission: 'vrb:finding:answer' },
  async ({ input, session }) => {
    const { findingId, reviewId, ...body } = input;
    await answerFinding(db, session, findingId, body);
    await markNotificationsReadFor(db, session, `/vrb/reviews/${reviewId}`);
    revalidatePath('/', 'layout');
  },
);

export const markNotificationsReadAction = defineAction(
  { schema: z.strictObject({ ids: z.array(z.uuid()).max(200).nullable().optional() }), permission: 'work:read' },
  async ({ input, session }) => {
    const r = await markNotificationsRead(db, session, { ids: input.ids ?? null });
    revalidatePath('/', 'layout');
    return r;
  },
);
