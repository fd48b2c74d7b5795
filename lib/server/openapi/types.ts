import { z } from '@/lib/validation/z';

export type ApiOperation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path, e.g. /api/v1/leads/{id}/qualify; its {parameters} are the path parameters */
  path: string;
  summary: string;
  tags: string[];
  auth?: boolean; // default true (Bearer token)
  query?: z.ZodObject;
  body?: z.ZodType;
  /** non-JSON request bodies, e.g. { 'text/csv': {} } */
  rawBody?: Record<string, { schema?: object }>;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
};

// Response field types shared by the documents: exact formats, so clients can rely on them.
/** A calendar day, YYYY-MM-DD (format: date). */
export const day = z.iso.date();
/** An instant, ISO 8601 with offset (format: date-time). */
export const instant = z.iso.datetime({ offset: true });
/** A decimal amount as a string of digits (KRW, up to 2 decimals). */
export const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
/** Tier 4, 3, 2, 1 or 0 (Dropped). */
export const apiTier = z.literal([0, 1, 2, 3, 4]);
/** A list answer: { items: [...] }. */
export const itemsOf = (item: z.ZodType) => z.object({ items: z.array(item) });
