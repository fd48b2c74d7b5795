'use server';
// Authorization: every action here is built with commandAction (lib/server/command-action.ts), which
// goes through defineAction: requireSession() and can(roles, permission) run before the command
// (tests/integration/route-sweep.test.ts checks it).
import { commandAction } from '@/lib/server/command-action';
import { updateSetting } from '@/lib/server/settings';
import { qualificationRulesSchema } from '@/lib/validation/settings';

// Admin: the SQL qualification rules (SPEC §1). Validated by the setting's own schema, audited.
export const saveQualificationRulesAction = commandAction(
  { schema: qualificationRulesSchema, permission: 'settings:manage' },
  (db, session, input) => updateSetting(db, session, 'qualificationRules', input),
  { revalidate: () => ['/settings', '/leads'] },
);
