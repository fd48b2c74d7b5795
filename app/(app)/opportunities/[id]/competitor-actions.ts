'use server';
// Authorization: every action here is built with defineAction, or with commandAction, which goes
// through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import { createCompetitor, linkCompetitor, unlinkCompetitor } from '@/lib/server/commands/tools';
import { refusal } from '@/lib/server/commands/refusal';
import { linkCompetitorByNameSchema, linkCompetitorSchema, unlinkCompetitorSchema } from '@/lib/validation/tools';

// The competitor picker: POST /api/v1/competitors (an existing name, spaces/case aside, is reused)
// then PUT /api/v1/opportunities/{id}/competitors/{competitorId} — the same two commands.
export const linkCompetitorByNameAction = defineAction(
  { schema: linkCompetitorByNameSchema, permission: 'opportunity:edit' },
  async ({ input, session }) => {
    // refused before anything is written: a deal the caller may not change (or none) must not leave a
    // new competitor and its audit row behind (the proof's action corpus found that). The link
    // checks again in its own transaction; a competitor is a catalogue entry valid on its own.
    if (!(await getEditableOpportunity(db, session, input.opportunityId))) throw await refusal(db, 'opportunity', input.opportunityId);
    const { competitor, created } = await createCompetitor(db, session, { name: input.name });
    const r = await linkCompetitor(db, session, { opportunityId: input.opportunityId, competitorId: competitor.id });
    revalidatePath(`/opportunities/${input.opportunityId}`);
    return { ...r, competitor, created };
  },
);

const revalidate = (input: { opportunityId: string }) => [`/opportunities/${input.opportunityId}`];

export const setCompetitorPositionAction = commandAction({ schema: linkCompetitorSchema, permission: 'opportunity:edit' }, linkCompetitor, {
  revalidate,
});

export const unlinkCompetitorAction = commandAction({ schema: unlinkCompetitorSchema, permission: 'opportunity:edit' }, unlinkCompetitor, {
  revalidate,
});
