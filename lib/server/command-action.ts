import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from '@/lib/validation/z';
import type { AppSession } from '@/lib/auth/session';
import { db, type DbClient } from '@/lib/db/client';
import { defineAction, defineFormAction, type ActionConfig } from './action';

// The common server action: one command called as (db, session, input), then the pages that show
// what changed are revalidated and the client gets the command's result (or the fields it needs).
// Built on defineAction/defineFormAction, so the session and the permission are still checked
// inside every action before the command runs (tests/integration/route-sweep.test.ts reads
// `permission` off each export). An action that does more than this is written with defineAction.

type Command<I, R> = (db: DbClient, session: AppSession, input: I) => Promise<R>;
type After<I, R, T> = {
  /** the paths whose pages show what changed (revalidatePath, type 'page') */
  revalidate?: (input: I, result: R) => readonly string[];
  /** what the client gets back; default: the command's result */
  result?: (result: R) => T;
};

function runCommand<I, R, T>(command: Command<I, R>, after: After<I, R, T>) {
  return async ({ input, session }: { input: I; session: AppSession }): Promise<T> => {
    const r = await command(db, session, input);
    for (const path of after.revalidate?.(input, r) ?? []) revalidatePath(path);
    return after.result ? after.result(r) : (r as unknown as T);
  };
}

/** defineAction around one command: authenticate → parse → authorize → command → revalidate. */
export const commandAction = <S extends z.ZodType, R, T = R>(
  config: ActionConfig<S>,
  command: Command<z.output<S>, R>,
  after: After<z.output<S>, R, T> = {},
) => defineAction(config, runCommand(command, after));

/** The same for `<form action>` + useActionState (defineFormAction). */
export const commandFormAction = <S extends z.ZodType, R, T = R>(
  config: ActionConfig<S>,
  command: Command<z.output<S>, R>,
  after: After<z.output<S>, R, T> = {},
) => defineFormAction(config, runCommand(command, after));
