import { z } from 'zod';
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

/** `listQuery.extend(exportParams)` minus paging: the export reads every page itself. */
export function withExportParams<Shape extends z.core.$ZodShape>(listQuery: z.ZodObject<Shape>) {
  const omit: Record<string, true> = {};
  for (const k of ['cursor', 'limit']) if (k in listQuery.shape) omit[k] = true;
  const base = listQuery.omit(omit as never) as unknown as z.ZodObject<Omit<Shape, 'cursor' | 'limit'>>;
  return base.extend(exportParams);
}
