import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from '@/lib/validation/z';
import { requireSession, type AppSession } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { isLocale } from '@/lib/i18n/messages';
import { translateError, translateFieldMessage } from '@/lib/i18n/translate';
import { DomainError } from './errors';
import { logger } from './logger';
import { parseOptions, zodFieldErrors } from './zod-errors';

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      error: string;
      fieldErrors?: Record<string, string[]>;
      details?: unknown;
    };

async function locale() {
  try {
    const l = await getLocale();
    return isLocale(l) ? l : 'ko';
  } catch {
    return 'ko' as const;
  }
}

/** Turn a thrown error into an ActionResult (DomainError → its message; anything else → generic). */
export async function toActionError(error: unknown): Promise<ActionResult<never>> {
  unstable_rethrow(error); // let redirect()/notFound() through
  const l = await locale();
  if (error instanceof DomainError) {
    return {
      ok: false,
      code: error.code,
      error: translateError(l, error.key, error.params),
      details: error.details,
      fieldErrors: error.fields
        ? Object.fromEntries(error.fields.map((f) => [f.path, [translateFieldMessage(l, f.message, error.params)]]))
        : undefined,
    };
  }
  logger.error({ err: error }, 'action failed');
  return { ok: false, code: 'INTERNAL', error: translateError(l, 'generic') };
}

export type ActionConfig<S extends z.ZodType> = {
  schema: S;
  /** the role check every call passes (the route sweep reads it) */
  permission: Permission;
  /** for an action that does several things (a bulk action): the permission this input needs too */
  permissionOf?: (input: z.output<S>) => Permission;
};
type ActionHandler<S extends z.ZodType, T> = (ctx: { input: z.output<S>; session: AppSession }) => Promise<T>;

/** parse → authorize → run, for an already authenticated session (tested directly). */
export async function runAction<S extends z.ZodType, T>(
  session: AppSession,
  config: ActionConfig<S>,
  raw: unknown,
  handler: ActionHandler<S, T>,
): Promise<ActionResult<T>> {
  const l = await locale();
  const parsed = config.schema.safeParse(raw, parseOptions(l));
  if (!parsed.success) {
    return {
      ok: false,
      code: 'VALIDATION',
      error: translateError(l, 'validation'),
      fieldErrors: zodFieldErrors(parsed.error, l),
    };
  }
  if (!can(session.roles, config.permission) || (config.permissionOf && !can(session.roles, config.permissionOf(parsed.data)))) {
    return { ok: false, code: 'FORBIDDEN', error: translateError(await locale(), 'forbidden') };
  }
  try {
    return { ok: true, data: await handler({ input: parsed.data, session }) };
  } catch (error) {
    return toActionError(error);
  }
}

/**
 * Every server action: authenticate → parse → authorize → run the command.
 * The permission check is here, inside the action, never only in the UI or the proxy.
 */
export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S>, handler: ActionHandler<S, T>) {
  const action = async (raw: z.input<S>): Promise<ActionResult<T>> => runAction(await requireSession(), config, raw, handler);
  // the action sweep test reads this to prove every exported action is guarded
  return Object.assign(action, { permission: config.permission });
}

/** The same wrapper for `<form action>` + useActionState: (prevState, FormData). */
export function defineFormAction<S extends z.ZodType, T>(config: ActionConfig<S>, handler: ActionHandler<S, T>) {
  const action = defineAction(config, handler);
  const formAction = async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // anyone can post any arguments to an action id: a second argument that is no form is bad input, not a 500
    if (!(formData instanceof FormData)) return { ok: false, code: 'VALIDATION', error: translateError(await locale(), 'validation') };
    // own keys only (a field named `constructor` or `__proto__` is just an unknown field, which the schema refuses)
    const raw = new Map<string, unknown>();
    for (const [k, v] of formData.entries()) {
      if (k.startsWith('$ACTION')) continue;
      raw.set(k, raw.has(k) ? ([] as unknown[]).concat(raw.get(k), v) : v);
    }
    return action(Object.fromEntries(raw) as z.input<S>);
  };
  return Object.assign(formAction, { permission: config.permission });
}
