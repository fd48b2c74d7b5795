import { z } from '@/lib/validation/z';
import type { ApiOperation } from './types';

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
  // a 409 (stale version, duplicate) carries the record as it is now, so the client can merge
  current: z.unknown().optional(),
});

const toSchema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, wrong types, unknown fields or disallowed characters (fields[] names them)',
  401: 'Missing, unknown or revoked token',
  403: 'The caller’s role may not do this (or a cross-origin cookie write)',
  404: 'Not found, or not the caller’s to see',
  409: 'Stale version or duplicate: details/current carry the current record',
  413: 'Request body too large',
  415: 'Unsupported content type',
  422: 'A business rule refuses it (details say which)',
  429: 'Rate limited (Retry-After)',
};

/** The path's parameters, in order: '/api/v1/reference/{kind}/{id}' → ['kind', 'id']. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The error statuses the wrapper (lib/server/api.ts) can answer for an operation of this shape. */
export function errorStatuses(op: ApiOperation): number[] {
  const codes = [400];
  if (op.auth !== false) codes.push(401, 403, 429);
  if (pathParams(op.path).length) codes.push(404);
  if (op.method !== 'get') codes.push(409, 422);
  if (op.body || op.rawBody) codes.push(413, 415);
  return codes;
}

const ERROR_REF = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/** Build the OpenAPI 3.1 document from the zod schemas the routes validate with. */
export function buildOpenApi(ops: ApiOperation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const parameters: unknown[] = [];
    for (const p of pathParams(op.path)) parameters.push({ name: p, in: 'path', required: true, schema: { type: 'string' } });
    if (op.query) {
      const js = toSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [code, r] of Object.entries(op.responses)) {
      const isError = Number(code) >= 400;
      responses[code] = {
        description: r.description,
        ...(r.schema || r.contentType
          ? { content: { [r.contentType ?? 'application/json']: r.schema ? { schema: toSchema(r.schema, 'output') } : {} } }
          : isError
            ? { content: ERROR_REF } // every error body is the shared Error shape unless the operation says more
            : {}),
      };
    }
    for (const code of errorStatuses(op)) responses[code] ??= { description: ERROR_DESCRIPTIONS[code], content: ERROR_REF };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: op.tags,
      ...(op.auth === false ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body || op.rawBody
        ? {
            requestBody: {
              required: true,
              content: {
                ...(op.body ? { 'application/json': { schema: toSchema(op.body, 'input') } } : {}),
                ...(op.rawBody ?? {}),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tierline integration API',
      version: '1.0.0',
      description:
        'Every domain operation a page offers, as HTTP. Errors are { error: { code, message, fields? } } with 400/401/403/404/409/413/415/422/429.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token from POST /api/v1/tokens' } },
      schemas: { Error: toSchema(errorSchema, 'output') },
    },
    paths,
  };
}
