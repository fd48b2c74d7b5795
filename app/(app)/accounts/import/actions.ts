'use server';
// Authorization: every action here is built with defineAction({ schema, permission }), which calls
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The accounts wizard's actions: the same commands as POST /api/v1/accounts/import and
// GET /api/v1/accounts/imports/{batchId}. Built with defineAction (session + 'account:edit' first).
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { previewAccountImport, startAccountImport } from '@/lib/server/commands/accounts/import';
import { getImportStatus } from '@/lib/server/commands/leads/import';
import { previewAccountImportSchema, startAccountImportSchema } from '@/lib/validation/accounts';

export const previewAccountImportAction = defineAction(
  { schema: previewAccountImportSchema, permission: 'account:edit' },
  async ({ input, session }) => {
    const a = await previewAccountImport(db, session, input);
    return { problems: a.problems, preview: a.preview };
  },
);

export const startAccountImportAction = defineAction(
  { schema: startAccountImportSchema, permission: 'account:edit' },
  async ({ input, session }) => {
    const r = await startAccountImport(db, session, input);
    revalidatePath('/accounts');
    return r;
  },
);

export const accountImportStatusAction = defineAction(
  { schema: z.strictObject({ batchId: z.uuid() }), permission: 'account:edit' },
  async ({ input, session }) => getImportStatus(db, session, input.batchId, 50),
);
