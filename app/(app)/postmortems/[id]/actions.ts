'use server';
// Authorization: every action here is built with defineAction, or with commandAction, which goes
// through it (requireSession + can(roles, permission)); the commands check the role again and the
// record-level rule.
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import { addPostmortemAmendment } from '@/lib/server/commands/postmortems/add-postmortem-amendment';
import { completeActionItem } from '@/lib/server/commands/postmortems/complete-action-item';
import { amendmentInput, completeActionItemInput } from '@/lib/validation/postmortems';

export const addAmendmentAction = commandAction({ schema: amendmentInput, permission: 'postmortem:amend' }, addPostmortemAmendment, {
  revalidate: (input) => [`/postmortems/${input.postmortemId}`],
  result: (r) => ({ id: r.id }),
});

export const completeActionItemAction = defineAction(
  { schema: completeActionItemInput, permission: 'actionItem:complete' },
  async ({ input, session }) => {
    const r = await completeActionItem(db, session, input);
    revalidatePath(`/postmortems/${r.postmortemId}`);
    revalidatePath('/', 'layout');
  },
);
