import { NextRequest } from 'next/server';
import { expect } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { GET as openapiRoute } from '@/app/api/v1/openapi.json/route';

// The contract: every integration test that calls an /api/v1 route goes through `callApi`, which
// checks the answer against the served OpenAPI document — the status must be documented for
// that operation and a JSON body must match the documented schema. So the document cannot drift
// from the code without a test failing.

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
};
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = 'https://tierline.invalid/api/v1/openapi.json';
let loaded: { doc: Doc; ajv: Ajv2020; templates: { path: string; re: RegExp }[] } | null = null;
const validators = new Map<string, ValidateFunction>();

async function contract() {
  if (loaded) return loaded;
  const doc = (await openapiRoute().json()) as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const templates = Object.keys(doc.paths).map((path) => ({
    path,
    re: new RegExp('^' + path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
  }));
  loaded = { doc, ajv, templates };
  return loaded;
}

const ptr = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Check one response against the document: the status is documented, a JSON body matches. */
export async function expectMatchesContract(method: string, url: string, status: number, body: unknown, contentType: string | null) {
  const { doc, ajv, templates } = await contract();
  const pathname = new URL(url, 'http://localhost').pathname;
  const t = templates.filter((x) => x.re.test(pathname)).sort((a, b) => a.path.split('{').length - b.path.split('{').length)[0];
  expect(t, `${method} ${pathname} is not in the OpenAPI document`).toBeDefined();
  const op = doc.paths[t!.path]![method.toLowerCase()];
  expect(op, `${method.toUpperCase()} ${t!.path} is not in the OpenAPI document`).toBeDefined();
  const response = op!.responses[String(status)];
  expect(response, `${method.toUpperCase()} ${t!.path} answered ${status}, which the document does not list`).toBeDefined();
  if (!contentType?.includes('json')) return;
  const schema = response!.content?.['application/json']?.schema;
  expect(schema, `${method.toUpperCase()} ${t!.path} ${status}: JSON body, but no JSON schema documented`).toBeDefined();
  const key = `${t!.path}|${method}|${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.getSchema(
      `${DOC_ID}#/paths/${ptr(t!.path)}/${method.toLowerCase()}/responses/${status}/content/${ptr('application/json')}/schema`,
    )!;
    validators.set(key, validate);
  }
  const ok = validate(body);
  expect(
    ok,
    `${method.toUpperCase()} ${t!.path} ${status} body breaks its schema: ${ajv.errorsText(validate.errors)} ${JSON.stringify(validate.errors?.map((e) => e.params) ?? []).slice(0, 300)}\n${JSON.stringify(body).slice(0, 600)}`,
  ).toBe(true);
}

export type ApiCall = {
  method?: string;
  /** bearer token (else `cookie`, else anonymous) */
  token?: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string or bytes */
  body?: unknown;
  params?: Record<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read error bodies freely
export type ApiAnswer<T = any> = { status: number; json: T; text: string; headers: Headers };

/** Call a route handler as HTTP would, and hold the answer to the OpenAPI contract. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function callApi<T = any>(handler: Handler, url: string, opts: ApiCall = {}): Promise<ApiAnswer<T>> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = {
    ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    ...(opts.body !== undefined && typeof opts.body !== 'string' && !(opts.body instanceof Uint8Array)
      ? { 'content-type': 'application/json' }
      : {}),
    ...opts.headers,
  };
  const body =
    opts.body === undefined
      ? undefined
      : typeof opts.body === 'string' || opts.body instanceof Uint8Array
        ? opts.body
        : JSON.stringify(opts.body);
  const res = await handler(new NextRequest(`http://localhost${url}`, { method, headers, body: body as BodyInit | undefined }), {
    params: Promise.resolve(opts.params ?? {}),
  });
  const text = await res.text();
  const type = res.headers.get('content-type');
  let json: unknown = undefined;
  if (type?.includes('json')) json = JSON.parse(text);
  await expectMatchesContract(method, url, res.status, json, type);
  if (res.status >= 500) throw new Error(`${method} ${url} → ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, json: json as T, text, headers: res.headers };
}
