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
  const out: Record<string, string[]> = {};
  for (const f of zodFields(error, locale)) (out[f.path || '_'] ??= []).push(f.message);
  return out;
}
