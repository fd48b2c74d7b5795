'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { updateSetting } from '@/lib/server/settings';
import { addReason, setReasonActive } from '@/lib/server/commands/opportunities';
import { horizonBoundsSchema, stallThresholdsSchema, tierRulesSchema } from '@/lib/validation/settings';
import { addReasonSchema, setReasonActiveSchema } from '@/lib/validation/opportunities';

const tierSettingsSchema = z.strictObject({
  stallThresholds: stallThresholdsSchema,
  horizonBounds: horizonBoundsSchema,
  tierRules: tierRulesSchema,
  stagnantReviewCount: z.int().min(1).max(52),
});

/** Tier rules, stall thresholds, horizon bounds and the stuck-rep count, saved together (admins). */
export const updateTierSettingsAction = defineAction(
  { schema: tierSettingsSchema, permission: 'settings:manage' },
  async ({ input, session }) => {
    await db.$transaction(async (tx) => {
      await updateSetting(tx, session, 'stallThresholds', input.stallThresholds);
      await updateSetting(tx, session, 'horizonBounds', input.horizonBounds);
      await updateSetting(tx, session, 'tierRules', input.tierRules);
      await updateSetting(tx, session, 'stagnantReviewCount', input.stagnantReviewCount);
    });
    revalidatePath('/settings');
    revalidatePath('/tiers');
  },
);

export const addReasonAction = defineAction({ schema: addReasonSchema, permission: 'settings:manage' }, async ({ input, session }) => {
  await addReason(db, session, input);
  revalidatePath('/settings');
});

export const setReasonActiveAction = defineAction(
  { schema: setReasonActiveSchema, permission: 'settings:manage' },
  async ({ input, session }) => {
    await setReasonActive(db, session, input);
    revalidatePath('/settings');
  },
);
