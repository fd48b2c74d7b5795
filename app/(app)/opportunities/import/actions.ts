'use server';
// Authorization: every action here is built by importWizardActions(permission)
// (lib/server/import/import-actions.ts) as a commandAction, which goes through defineAction:
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The pipeline wizard's actions: the same commands as POST /api/v1/opportunities/import and
// GET /api/v1/opportunities/imports/{batchId}.
import { importWizardActions } from '@/lib/server/import/import-actions';
import { previewPipelineImport } from '@/lib/server/commands/pipeline-import/preview-pipeline-import';
import { startPipelineImport } from '@/lib/server/commands/pipeline-import/start-pipeline-import';
import { previewPipelineImportSchema, startPipelineImportSchema } from '@/lib/validation/opportunities';

const wizard = importWizardActions('opportunity:import');

export const previewPipelineImportAction = wizard.preview(previewPipelineImportSchema, previewPipelineImport);

export const startPipelineImportAction = wizard.start(startPipelineImportSchema, startPipelineImport, '/tiers');

export const pipelineImportStatusAction = wizard.status();
