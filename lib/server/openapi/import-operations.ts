import type { z } from '@/lib/validation/z';
import { importResultSchema } from '@/lib/validation/leads';
import type { ApiOperation } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The three OpenAPI entries of a file import (made with the shared import runner):
 * POST /api/v1/<resource>/import (the file as the raw body or multipart), GET …/imports/{batchId}
 * (progress and result) and GET …/imports/{batchId}/errors.csv (the row errors).
 */
export function importOperations(o: {
  /** the path segment: /api/v1/<resource>/import */
  resource: string;
  tags: string[];
  /** what is imported and from which columns; idempotence */
  summary: string;
  /** what the progress/result and error-file entries call this import, e.g. 'Pipeline import' */
  name: string;
  query: z.ZodType;
  /** who may import (the 403) */
  forbidden: string;
  /** what makes a file unprocessable (the 422) */
  unprocessable: string;
}): ApiOperation[] {
  const batch = `/api/v1/${o.resource}/imports/{batchId}`;
  return [
    {
      method: 'post',
      path: `/api/v1/${o.resource}/import`,
      summary: o.summary,
      tags: o.tags,
      query: o.query as unknown as z.ZodObject,
      rawBody: {
        'text/csv': {},
        [XLSX]: {},
        'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } },
      },
      responses: {
        200: { description: 'Finished: counts and the first row errors (Excel row numbers)', schema: importResultSchema },
        202: { description: `Still running: poll ${batch}`, schema: importResultSchema },
        403: { description: o.forbidden },
        413: { description: 'File too large' },
        415: { description: 'Not a CSV/XLSX upload' },
        422: { description: o.unprocessable },
      },
    },
    {
      method: 'get',
      path: batch,
      summary: `${o.name} progress and result`,
      tags: o.tags,
      responses: {
        200: { description: 'Status, processed/total, counts', schema: importResultSchema },
        404: { description: 'No such batch' },
      },
    },
    {
      method: 'get',
      path: `${batch}/errors.csv`,
      summary: `The ${o.name.toLowerCase()}’s error file (row as Excel shows it, column, reason)`,
      tags: o.tags,
      responses: { 200: { description: 'CSV (UTF-8 with BOM)', contentType: 'text/csv' }, 404: { description: 'No such batch' } },
    },
  ];
}
