'use server';
// Authorization: every action here is built with defineAction, or with commandAction, which goes
// through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it);
// each command checks the role again and the record-level rule (mayDecideInReview).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { commandAction } from '@/lib/server/command-action';
import { closeTierReview, decideTierReviewItem, startTierReview } from '@/lib/server/commands/tier-reviews';
import { closeTierReviewInput, decideTierReviewSchema, startTierReviewBody } from '@/lib/validation/tier-reviews';

export const startTierReviewAction = commandAction({ schema: startTierReviewBody, permission: 'tierReview:run' }, startTierReview, {
  revalidate: () => ['/tiers/reviews'],
  result: (r) => ({ id: r.id, items: r.items }),
});

export const decideReviewItemAction = commandAction(
  { schema: decideTierReviewSchema, permission: 'tierReview:run' },
  decideTierReviewItem,
  {
    revalidate: (input) => [`/tiers/reviews/${input.reviewId}`, '/tiers'],
    result: (r) => ({ decision: r.decision, opportunity: r.opportunity }),
  },
);

export const closeTierReviewAction = defineAction(
  { schema: closeTierReviewInput, permission: 'tierReview:run' },
  async ({ input, session }) => {
    await closeTierReview(db, session, input);
    revalidatePath(`/tiers/reviews/${input.reviewId}`);
    redirect(`/tiers/reviews/${input.reviewId}`);
  },
);
