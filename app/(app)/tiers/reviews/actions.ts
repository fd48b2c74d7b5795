'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it);
// each command checks the role again and the record-level rule (mayDecideInReview).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { closeTierReview, decideTierReviewItem, startTierReview } from '@/lib/server/commands/tier-reviews';
import { closeTierReviewInput, decideTierReviewSchema, startTierReviewBody } from '@/lib/validation/tier-reviews';

export const startTierReviewAction = defineAction(
  { schema: startTierReviewBody, permission: 'tierReview:run' },
  async ({ input, session }) => {
    const r = await startTierReview(db, session, input);
    revalidatePath('/tiers/reviews');
    return { id: r.id, items: r.items };
  },
);

export const decideReviewItemAction = defineAction(
  { schema: decideTierReviewSchema, permission: 'tierReview:run' },
  async ({ input, session }) => {
    const r = await decideTierReviewItem(db, session, input);
    revalidatePath(`/tiers/reviews/${input.reviewId}`);
    revalidatePath('/tiers');
    return { decision: r.decision, opportunity: r.opportunity };
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
