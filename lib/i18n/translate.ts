import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, MESSAGES, type Locale } from './messages';

/**
 * Translate an error message outside a React tree (API routes, action wrapper).
 * `key` is a key of the `errors` namespace ("conflict"), or a full path into another
 * namespace ("leads.errors.badFile") so each feature keeps its copy in its own file.
 */
/**
 * A field message: commands put message KEYS there ("reports.errors.asOfFuture"); plain text
 * (zod's own messages, "invalid cursor") is passed through unchanged.
 */
export function translateFieldMessage(locale: Locale | undefined, message: string, params: Record<string, string | number> = {}) {
  if (!/^[a-z][\w-]*(\.[\w-]+)+$/.test(message)) return message;
  const l = locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale: l, messages: MESSAGES[l] });
  return t.has(message as never) ? t(message as never, params as never) : message;
}

export function translateError(locale: Locale | undefined, key: string, params: Record<string, string | number> = {}) {
  const l = locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale: l, messages: MESSAGES[l] });
  const full = key.includes('.') ? key : `errors.${key}`;
  // unknown keys fall back to the generic message rather than leaking the key
  return t.has(full as never) ? t(full as never, params as never) : t('errors.generic' as never);
}

/** A message that may be a message key ("errors.unsafeText", "reports.errors.badDate"): translated if it is one. */
export function translateIfKey(locale: Locale | undefined, message: string) {
  if (!/^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(message)) return message;
  const l = locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale: l, messages: MESSAGES[l] });
  return t.has(message as never) ? t(message as never) : message;
}
