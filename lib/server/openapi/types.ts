import type { z } from 'zod';

export type ApiOperation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string; // OpenAPI path, e.g. /api/v1/leads/{id}/qualify
  summary: string;
  tags: string[];
  auth?: boolean; // default true (Bearer token)
  pathParams?: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  /** non-JSON request bodies, e.g. { 'text/csv': {} } */
  rawBody?: Record<string, { schema?: object }>;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
};
