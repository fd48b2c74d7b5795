'use server';
// Authorization: every action here is built with defineAction({ schema, permission }), which calls
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The people wizard's actions: the same commands as POST /api/v1/users/import and
// GET /api/v1/users/imports/{batchId}. Built with defineAction (session + 'users:manage' first).
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { getImportStatus } from '@/lib/server/commands/leads/import';
import { previewPeopleImport } from '@/lib/server/commands/people/preview-people-import';
import { startPeopleImport } from '@/lib/server/commands/people/start-people-import';
import { previewPeopleImportSchema, startPeopleImportSchema } from '@/lib/validation/users';

export const previewPeopleImportAction = defineAction(
  { schema: previewPeopleImportSchema, permission: 'users:manage' },
  async ({ input, session }) => {
    const a = await previewPeopleImport(db, session, input);
    return { problems: a.problems, preview: a.preview };
  },
);

export const startPeopleImportAction = defineAction(
  { schema: startPeopleImportSchema, permission: 'users:manage' },
  async ({ input, session }) => {
    const r = await startPeopleImport(db, session, input);
    revalidatePath('/settings/users');
    return r;
  },
);

export const peopleImportStatusAction = defineAction(
  { schema: z.strictObject({ batchId: z.uuid() }), permission: 'users:manage' },
  async ({ input, session }) => getImportStatus(db, session, input.batchId, 50),
);
