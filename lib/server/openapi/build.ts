import { z } from 'zod';
import type { ApiOperation } from './types';

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
});

const toSchema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

const STANDARD_ERRORS: Record<number, string> = {
  400: 'Malformed JSON, wrong types or unknown fields',
  401: 'Missing, unknown or revoked token',
  403: 'The caller’s role may not do this',
  429: 'Rate limited',
};

/** Build the OpenAPI 3.1 document from the zod schemas the routes validate with. */
export function buildOpenApi(ops: ApiOperation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const parameters: unknown[] = [];
    for (const p of op.pathParams ?? []) parameters.push({ name: p, in: 'path', required: true, schema: { type: 'string' } });
    if (op.query) {
      const js = toSchema(op.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [code, r] of Object.entries(op.responses)) {
      responses[code] = {
        description: r.description,
        ...(r.schema || r.contentType
          ? { content: { [r.contentType ?? 'application/json']: r.schema ? { schema: toSchema(r.schema, 'output') } : {} } }
          : {}),
      };
    }
    for (const [code, description] of Object.entries(STANDARD_ERRORS)) {
      if (op.auth === false && (code === '401' || code === '403')) continue;
      responses[code] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
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
        'Every domain operation a page offers, as HTTP. Errors are { error: { code, message, fields? } } with 400/401/403/404/409/413/422/429.',
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
