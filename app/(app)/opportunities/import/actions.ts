'use server';
// Authorization: every action here is built with defineAction({ schema, permission }), which calls
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The pipeline wizard's actions: the same commands as POST /api/v1/opportunities/import and
// GET /api/v1/opportunities/imports/{batchId}. Built with defineAction (session + role check first).
import { revalidatePath } from 'next/cache';
import { z } from '@/lib/validation/z';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/server/action';
import { getImportStatus } from '@/lib/server/commands/leads/import';
import { previewPipelineImport } from '@/lib/server/commands/pipeline-import/preview-pipeline-import';
import { startPipelineImport } from '@/lib/server/commands/pipeline-import/start-pipeline-import';
import { previewPipelineImportSchema, startPipelineImportSchema } from '@/lib/validation/opportunities';

export const previewPipelineImportAction = defineAction(
  { schema: previewPipelineImportSchema, permission: 'opportunity:import' },
  async ({ input, session }) => {
    const a = await previewPipelineImport(db, session, input);
    return { problems: a.problems, preview: a.preview };
  },
);

export const startPipelineImportAction = defineAction(
  { schema: startPipelineImportSchema, permission: 'opportunity:import' },
  async ({ input, session }) => {
    const r = await startPipelineImport(db, session, input);
    revalidatePath('/tiers');
    return r;
  },
);

export const pipelineImportStatusAction = defineAction(
  { schema: z.strictObject({ batchId: z.uuid() }), permission: 'opportunity:import' },
  async ({ input, session }) => getImportStatus(db, session, input.batchId, 50),
);
