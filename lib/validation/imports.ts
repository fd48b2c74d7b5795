import { z } from '@/lib/validation/z';

// The inputs every file import shares (accounts, the pipeline sheet, people; leads keep their own,
// which also reads form fields): the column mapping, the preview/start of a stored batch, and the
// query of POST /api/v1/<resource>/import.

/** Which column (0-based, at most 200 columns) each field is read from; null: not imported. */
export const importColumns = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.partialRecord(z.enum(fields), z.int().min(0).max(199).nullable());

/** Preview a stored file (batchId) with a mapping; start it with the same and dryRun. */
export function importBatchSchemas<M extends z.ZodType>(mapping: M) {
  return {
    preview: z.strictObject({ batchId: z.uuid(), mapping }),
    start: z.strictObject({ batchId: z.uuid(), mapping, dryRun: z.boolean() }),
  };
}

/** ?dryRun=true (or 1) and ?wait= seconds (0–30) to wait for the result before answering 202. */
export const importRunParams = {
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  wait: z.coerce.number().int().min(0).max(30).optional(),
};
