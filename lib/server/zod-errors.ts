import { z } from '@/lib/validation/z';
import type { Locale } from '@/lib/i18n/messages';
import { translateIfKey } from '@/lib/i18n/translate';
import type { FieldError } from './errors';

const ZOD_LOCALE = { en: z.locales.en(), ko: z.locales.ko() } as const;

/** Parse options that give zod's built-in messages in the request's language. */
export const parseOptions = (locale: Locale | undefined) => ({ error: ZOD_LOCALE[locale ?? 'ko'].localeError });

/** zod issues → the SPEC's `fields: [{ path, message }]` (message keys translated to `locale`). */
export function zodFields(error: z.ZodError, locale?: Locale): FieldError[] {
  return error.issues.map((i) => ({
    path: i.path.length
      ? i.path.map(String).join('.')
      : i.code === 'unrecognized_keys'
        ? ((i as { keys?: string[] }).keys?.join(',') ?? '')
        : '',
    message: translateIfKey(locale, i.message),
  }));
}

/** zod issues → { field: [messages] } for forms. */
export function zodFieldErrors(error: z.ZodError, locale?: Locale): Record<string, string[]> {
  // a Map, not `out[path] ??= []`: a field named `constructor` or `__proto__` (an unknown key a
  // client sent) found Object.prototype's member there, and `.push` on it threw (an action's 500)
  const out = new Map<string, string[]>();
  for (const f of zodFields(error, locale)) {
    const key = f.path || '_';
    const list = out.get(key);
    if (list) list.push(f.message);
    else out.set(key, [f.message]);
  }
  return Object.fromEntries(out);
}
