import type { z } from '@/lib/validation/z';
import type { ApiOperation } from './types';

/**
 * The OpenAPI entry of a table export route (GET /api/v1/<resource>/export, made with lib/server/export).
 * An export of one record (GET /api/v1/<resource>/{id}/export) says what its 404 means in notFound.
 */
export function exportOperation(o: { path: string; summary: string; tags: string[]; query: z.ZodType; notFound?: string }): ApiOperation {
  const notFound: ApiOperation['responses'] = o.notFound ? { 404: { description: o.notFound } } : {};
  return {
    method: 'get',
    path: o.path,
    summary: `${o.summary} — format=csv (UTF-8 with BOM) or format=xlsx; all rows the filters match; hide=col,… drops columns; cells starting with = + - @ TAB CR are neutralised`,
    tags: o.tags,
    query: o.query as unknown as z.ZodObject,
    responses: {
      200: {
        description: 'The file (text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
        contentType: 'text/csv',
      },
      400: { description: 'Bad filter' },
      401: { description: 'No or bad token' },
      403: { description: 'The role may not export this list' },
      ...notFound,
    },
  };
}
