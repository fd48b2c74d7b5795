'use server';
// Authorization: every action here is built by importWizardActions(permission)
// (lib/server/import/import-actions.ts) as a commandAction, which goes through defineAction:
// requireSession() and can(roles, permission) before the command runs, and each command asserts
// the same permission again (tests/integration/route-sweep.test.ts checks every export).
// The people wizard's actions: the same commands as POST /api/v1/users/import and
// GET /api/v1/users/imports/{batchId}.
import { importWizardActions } from '@/lib/server/import/import-actions';
import { previewPeopleImport } from '@/lib/server/commands/people/preview-people-import';
import { startPeopleImport } from '@/lib/server/commands/people/start-people-import';
import { previewPeopleImportSchema, startPeopleImportSchema } from '@/lib/validation/users';

const wizard = importWizardActions('users:manage');

export const previewPeopleImportAction = wizard.preview(previewPeopleImportSchema, previewPeopleImport);

export const startPeopleImportAction = wizard.start(startPeopleImportSchema, startPeopleImport, '/settings/users');

export const peopleImportStatusAction = wizard.status();
