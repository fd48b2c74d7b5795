import { z } from 'zod';

// Small building blocks shared by the input schemas.

/** Optional free text: trimmed, at most `max` characters; blank → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

/** For z.preprocess: an empty form field (or null) counts as absent. */
export const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
