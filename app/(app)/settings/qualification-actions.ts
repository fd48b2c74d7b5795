'use server';
// Authorization: every action here is built with defineAction, which calls requireSession() and
// can(roles, permission) before the command runs (tests/integration/route-sweep.test.ts checks it).
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { updateSetting } from '@/lib/server/settings';
import { qualificationRulesSchema } from '@/lib/validation/settings';

// Admin: the SQL qualification rules (SPEC §1). Validated by the setting's own schema, audited.
export const saveQualificationRulesAction = defineAction(
  { schema: qualificationRulesSchema, permission: 'settings:manage' },
  async ({ input, session }) => {
    const saved = await updateSetting(db, session, 'qualificationRules', input);
    revalidatePath('/settings');
    revalidatePath('/leads');
    return saved;
  },
);
