import { z } from '@/lib/validation/z';
import { decodeHidden } from '@/components/data-table/url-state';

// The query params every export route adds to its list's filters (no exceljs here: the OpenAPI
// document imports this too).

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The params every export adds to its list's query: `format` and the hidden columns (`hide=a,b`). */
export const exportParams = {
  format: z.enum(EXPORT_FORMATS).default('csv'),
  hide: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => decodeHidden(v)),
};

/**
 * The list's own query plus `format` and `hide`. Paging params a link may carry (`cursor`, `limit`)
 * are accepted and ignored: the export reads every page itself. (No `.omit`: zod refuses it on a
 * schema with refinements.)
 */
const ignoredPaging = {
  cursor: z
    .unknown()
    .optional()
    .transform(() => undefined),
  limit: z
    .unknown()
    .optional()
    .transform(() => undefined),
};

export function withExportParams<Shape extends z.core.$ZodShape>(listQuery: z.ZodObject<Shape>) {
  // safeExtend keeps the list's refinements (e.g. from <= to); the cast: cursor/limit change type on purpose
  return listQuery.safeExtend({ ...exportParams, ...ignoredPaging } as never) as unknown as z.ZodObject<
    Omit<Shape, 'cursor' | 'limit'> & typeof exportParams & typeof ignoredPaging
  >;
}
