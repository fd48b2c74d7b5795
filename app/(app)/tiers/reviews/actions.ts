'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { closeTierReview, decideReviewItem, startTierReview } from '@/lib/server/commands/tier-reviews';
import { closeTierReviewSchema, decideReviewItemSchema, startTierReviewSchema } from '@/lib/validation/opportunities';

export const startTierReviewAction = defineAction(
  { schema: startTierReviewSchema, permission: 'tierReview:run' },
  async ({ input, session }) => {
    const r = await startTierReview(db, session, input);
    revalidatePath('/tiers/reviews');
    return r;
  },
);

export const decideReviewItemAction = defineAction(
  { schema: decideReviewItemSchema, permission: 'tierReview:run' },
  async ({ input, session }) => {
    await decideReviewItem(db, session, input);
  },
);

export const closeTierReviewAction = defineAction(
  { schema: closeTierReviewSchema, permission: 'tierReview:run' },
  async ({ input, session }) => {
    await closeTierReview(db, session, input);
    revalidatePath(`/tiers/reviews/${input.reviewId}`);
    redirect(`/tiers/reviews/${input.reviewId}`);
  },
);
