import { z } from '@/lib/validation/z';

// Error bodies a document names more precisely than the shared Error schema (lib/server/openapi/build.ts).

/** { error: { code, message, fields?, details } } of one code; `details` is anything (optional) unless given. */
export const errorBody = (code: string, details: z.ZodType = z.unknown().optional()) =>
  z.object({
    error: z.object({
      code: z.literal(code),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details,
    }),
  });

/** A 409: the record as it is now is the error's `details` and, again, `current` (lib/server/api.ts). */
export const conflictBody = (current: z.ZodType) => errorBody('CONFLICT', current).extend({ current });

/**
 * A 409 as the record documents describe it (no fields[]): `current` is the record as it is now,
 * `details` the same unless given (lib/server/api.ts repeats a CONFLICT's details as `current`).
 */
export const conflictWith = (current: z.ZodType, details: z.ZodType = current) =>
  z.object({ error: z.object({ code: z.literal('CONFLICT'), message: z.string(), details }), current });
