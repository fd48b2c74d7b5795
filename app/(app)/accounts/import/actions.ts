'use server';
// Authorization: every action here is built by importWizardActions(permission)
// (lib/server/import/import-actions.ts) as a commandAction, which goes through defineAction:
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The accounts wizard's actions: the same commands as POST /api/v1/accounts/import and
// GET /api/v1/accounts/imports/{batchId}.
import { importWizardActions } from '@/lib/server/import/import-actions';
import { previewAccountImport, startAccountImport } from '@/lib/server/commands/accounts/import';
import { previewAccountImportSchema, startAccountImportSchema } from '@/lib/validation/accounts';

const wizard = importWizardActions('account:edit');

export const previewAccountImportAction = wizard.preview(previewAccountImportSchema, previewAccountImport);

export const startAccountImportAction = wizard.start(startAccountImportSchema, startAccountImport, '/accounts');

export const accountImportStatusAction = wizard.status();
