import { z as zod } from 'zod';

// Small building blocks shared by the input schemas.

/**
 * The one rule for text that comes from outside (forms, JSON bodies, query parameters, imported
 * files): no U+0000 (PostgreSQL cannot store it in text) and no lone UTF-16 surrogate (not
 * encodable as UTF-8). Such input is refused — never stripped silently — with a 400 whose
 * `fields[]` names the field.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE = 'errors.unsafeText';

/** True when the text holds a NUL or a lone surrogate. */
export const isUnsafeText = (s: string) => UNSAFE_TEXT.test(s);

/**
 * The safe string: `z.string()` plus the rule above. Every schema gets it as `z.string()` through
 * `lib/validation/z.ts` (the only place that may import 'zod'; ESLint enforces it).
 */
export function safeString(params?: Parameters<typeof zod.string>[0]): zod.ZodString {
  return zod.string(params).refine((s) => !isUnsafeText(s), { error: UNSAFE_TEXT_MESSAGE, abort: true });
}

/** An ISO 3166 two-letter country code, in either case (stored upper case). */
export const countryCodeSchema = safeString()
  .trim()
  .regex(/^[A-Za-z]{2}$/, { message: 'country: ISO 3166 two-letter code' })
  .transform((s) => s.toUpperCase());

/** Optional free text: trimmed, at most `max` characters; blank → null. */
export const optionalText = (max: number) =>
  safeString()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** For z.preprocess: an empty form field (or null) counts as absent. */
export const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A text filter from a query string: trimmed, at most 100 characters. */
export const filterText = () => safeString().trim().max(100).optional();

/** The query of a sales-tools catalogue list (experts, competitors, Q&A): ?q=, its own filters, ?limit= (1–500). */
export const catalogueListQuery = <S extends zod.ZodRawShape>(filters: S, defaultLimit: number) =>
  zod.strictObject({ q: filterText(), ...filters, limit: zod.coerce.number().int().min(1).max(500).default(defaultLimit) });
