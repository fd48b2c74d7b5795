import type { z } from '@/lib/validation/z';
import { pathParams } from './build';
import type { ApiOperation } from './types';

// Builders for the operation kinds the documents repeat (paths/*.ts). Each takes what differs from
// one operation to the next; a status it is not told about gets the wrapper's own description
// (build.ts ERROR_DESCRIPTIONS). exportOperation and importOperations are the file kinds.

export type Response = ApiOperation['responses'][number];
type Where = Pick<ApiOperation, 'path' | 'summary' | 'tags'>;
/** A status's entry: a string is the description of the shared Error body. */
type Said = string | Response;

/**
 * What an operation says about its own errors, more precisely than the shared descriptions:
 * invalid (400), forbidden (403: who may not), notFound (404), conflict (409), refused (422);
 * `responses` for any other status (a second success, a 401, a 429).
 */
export type OwnErrors = {
  invalid?: Said;
  forbidden?: Said;
  notFound?: Said;
  conflict?: Said;
  refused?: Said;
  responses?: ApiOperation['responses'];
};

/** 404 of a write: one the caller may read but not change (reps: own deals, managers: their team's) is a 403. */
export const NOT_YOURS = 'Not found (a record you can read but may not change is 403)';

/** The errors of an admin-only write (Settings: people, reference data). */
export const ADMIN_WRITE = { invalid: 'Validation failed (error.fields)', forbidden: 'Admins only' } as const satisfies OwnErrors;

const said = (s: Said): Response => (typeof s === 'string' ? { description: s } : s);

function errorResponses(e: OwnErrors): ApiOperation['responses'] {
  const byStatus = { 400: e.invalid, 403: e.forbidden, 404: e.notFound, 409: e.conflict, 422: e.refused };
  const out: ApiOperation['responses'] = {};
  for (const [code, s] of Object.entries(byStatus)) if (s !== undefined) out[Number(code)] = said(s);
  return { ...out, ...e.responses };
}

/** A query schema as the operation type takes it (a transformed object stays an object to OpenAPI). */
const asQuery = (query: z.ZodType | undefined) => (query ? { query: query as unknown as z.ZodObject } : {});

/** 409 of a write that carries the version read: `body` is the conflict body (the record as it is now). */
export const staleVersion = (body?: z.ZodType, description = 'Stale version'): Response => ({
  description,
  ...(body ? { schema: body } : {}),
});

/** GET one record or view: 200 `ok`; when the path names a record, 404 says `notFound` ('Not found' unless given). */
export function getOperation(o: Where & OwnErrors & { query?: z.ZodType; ok: Response }): ApiOperation {
  const { path, summary, tags, query, ok, notFound = 'Not found', ...errors } = o;
  const named = pathParams(path).length > 0;
  return {
    method: 'get',
    path,
    summary,
    tags,
    ...asQuery(query),
    responses: { 200: ok, ...errorResponses({ ...errors, ...(named ? { notFound } : {}) }) },
  };
}

/** GET a filtered list or page: 200 `ok`; 400 says `invalid` ('Bad query' unless given). */
export function listOperation(o: Where & OwnErrors & { query: z.ZodType; ok: Response }): ApiOperation {
  const { path, summary, tags, query, ok, invalid = 'Bad query', ...errors } = o;
  return { method: 'get', path, summary, tags, ...asQuery(query), responses: { 200: ok, ...errorResponses({ ...errors, invalid }) } };
}

type Write = Where &
  OwnErrors & { body?: z.ZodType; query?: z.ZodType } & ({ ok: Response; created?: never } | { created: Response; ok?: never });

/** A write (POST, PUT, PATCH, DELETE): `ok` answers 200, `created` 201. */
export function writeOperation(method: Exclude<ApiOperation['method'], 'get'>, o: Write): ApiOperation {
  const { path, summary, tags, body, query, ok, created, ...errors } = o;
  return {
    method,
    path,
    summary,
    tags,
    ...(body ? { body } : {}),
    ...asQuery(query),
    responses: { ...(ok ? { 200: ok } : { 201: created }), ...errorResponses(errors) },
  };
}

/**
 * A write that carries the version the caller read (PATCH unless `method` says otherwise):
 * 409 is a stale version ('Stale version', no body documented, unless `conflict` says more).
 */
export function updateOperation(o: Write & { method?: 'patch' | 'put' | 'post' | 'delete' }): ApiOperation {
  const { method = 'patch', conflict = staleVersion(), ...rest } = o;
  return writeOperation(method, { ...rest, conflict } as Write);
}
