import 'server-only';
import { z } from '@/lib/validation/z';
import type { AppSession } from '@/lib/auth/session';
import type { Permission } from '@/lib/auth/permissions';
import type { Db, DbClient } from '@/lib/db/client';
import { commandAction } from '@/lib/server/command-action';
import { getImportStatus } from '@/lib/server/commands/leads/import';

/**
 * The three server actions of every import wizard (leads, accounts, pipeline, people), all behind
 * the wizard's one permission: preview a mapping, start the run, poll its progress. Each is a
 * commandAction, so each goes through defineAction (requireSession() + can(roles, permission)
 * before its command, which asserts the permission again).
 */
export const importWizardActions = (permission: Permission) => ({
  /** The problems and the first rows the command found for this mapping. */
  preview: <S extends z.ZodType, P, V>(
    schema: S,
    preview: (db: Db, session: AppSession, input: z.output<S>) => Promise<{ problems: P; preview: V }>,
  ) => commandAction({ schema, permission }, preview, { result: (a) => ({ problems: a.problems, preview: a.preview }) }),

  /** Start the run (as POST /api/v1/<resource>/import); `page` shows what it brought in. */
  start: <S extends z.ZodType, R>(schema: S, start: (db: DbClient, session: AppSession, input: z.output<S>) => Promise<R>, page: string) =>
    commandAction({ schema, permission }, start, { revalidate: () => [page] }),

  /** The progress poll (as GET /api/v1/<resource>/imports/{batchId}), with up to 50 row errors. */
  status: () =>
    commandAction({ schema: z.strictObject({ batchId: z.uuid() }), permission }, (db, session, input) =>
      getImportStatus(db, session, input.batchId, 50),
    ),
});
