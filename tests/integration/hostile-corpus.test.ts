import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import pg from 'pg';
import { expect, test } from 'vitest';
import { ROLES } from '@/lib/auth/permissions';
import { VRB_DOMAINS } from '@/lib/domain/vrb/review';
import { GET as openapiRoute } from '@/app/api/v1/openapi.json/route';
import { buildCorpus, fileCorpus, IMPORT_ROUTES, SEGMENT_TABLES, STACK_TRACE, type Case } from '../../scripts/proof/corpus';
import { diff, snapshot } from '../../scripts/proof/servers';
import { importsSettled } from '../../scripts/proof/fuzz';
import { createContact, createOpportunity, createUser, tokenFor } from '../factories';

// The fast part of `npm run proof`'s bad-input corpus (issue 15 item 5), inside npm test: 500
// cases built from the served OpenAPI document by the same generator (fast-check bodies from the
// zod-derived schemas, mutations, hostile query values, raw bodies of the wrong media type, hostile
// headers, the hostile files on the import routes), sent to the route handlers themselves. Every
// answer is held to the proof's rules — no status ≥ 500, no stack trace or internal path in the
// body, and a refused input (4xx) changes no row of any table — and, through the contract-everywhere
// setup, to the document (its status documented, its JSON body matching). The seed changes per day
// so the suite walks new cases over time; a failure prints the seed and the case to replay it.
// The proof sends 10,000 such cases over HTTP to two running instances (the proxy included).

const SIZE = 500;
const SEED = Number(process.env.CORPUS_SEED ?? Math.floor(Date.now() / 86_400_000));
const root = path.resolve(import.meta.dirname, '../..');

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route file under app/api/v1 as a matcher: template → file. */
function routeFiles(dir = 'app/api/v1'): { re: RegExp; names: string[]; file: string }[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(rel);
    if (e.name !== 'route.ts') return [];
    const names: string[] = [];
    const pattern = path
      .dirname(rel)
      .slice('app/'.length) // app/api/v1/… serves /api/v1/…
      .split('/')
      .map((seg) => {
        const m = /^\[(.+)\]$/.exec(seg);
        if (!m) return seg.replace(/[.]/g, '\\.');
        names.push(m[1]!);
        return '([^/]+)';
      })
      .join('/');
    return [{ re: new RegExp(`^/${pattern}$`), names, file: rel }];
  });
}

/** A path segment as the router hands it over: decoded, or as sent when its escapes are malformed. */
function safeDecode(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function handlerFor(routes: ReturnType<typeof routeFiles>, k: Case) {
  const pathname = k.url.split('?')[0]!;
  // a literal segment (…/export) wins over a parameter ([id]), as in Next's router
  const hits = routes.filter((r) => r.re.test(pathname)).sort((a, b) => a.names.length - b.names.length);
  const r = hits[0];
  if (!r) return null;
  const m = r.re.exec(pathname)!;
  const params = Object.fromEntries(r.names.map((n, i) => [n, safeDecode(m[i + 1]!)]));
  const mod = (await import(/* @vite-ignore */ path.join(root, r.file))) as Record<string, Handler | undefined>;
  return { handler: mod[k.method], params, file: r.file };
}

test(
  `a ${SIZE}-case sample of the bad-input corpus: no 5xx, no stack trace, refused inputs write nothing`,
  { timeout: 240_000 },
  async () => {
    const admin = await createUser({ roles: [...ROLES], vrbDomains: [...VRB_DOMAINS] });
    const token = await tokenFor(admin.id);
    const opp = await createOpportunity({ ownerId: admin.id });
    await createContact({ accountId: opp.accountId });

    const doc = await openapiRoute().json();
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const real: Record<string, string> = {};
      for (const [seg, table] of Object.entries(SEGMENT_TABLES)) {
        const { rows } = await c.query(`SELECT id::text FROM "${table}" LIMIT 1`);
        if (rows[0]) real[seg] = rows[0].id;
      }
      const cases = await buildCorpus(doc, SIZE, (template) => real[template.split('/')[3] ?? ''], SEED);
      const routes = routeFiles();
      const failures: string[] = [];
      const byStatus: Record<number, number> = {};
      let before = await snapshot(c);
      for (const k of cases) {
        const label = `seed ${SEED} · ${k.family} ${k.method} ${k.url.slice(0, 160)}`;
        const found = await handlerFor(routes, k);
        expect(found, `${label}: no route file answers this documented path`).not.toBeNull();
        let status: number;
        let text: string;
        if (!found!.handler) {
          status = 405; // Next answers a method the file does not export; nothing of ours runs
          text = '';
        } else {
          let req: NextRequest | null = null;
          try {
            req = new NextRequest(`http://localhost${k.url}`, {
              method: k.method,
              headers: { authorization: `Bearer ${token}`, ...k.headers },
              body: k.body as BodyInit | undefined,
            });
          } catch {
            // a header the fetch standard forbids (a bogus content-length): no HTTP server would pass
            // it on either; the proof sends these over a real socket
            continue;
          }
          let res: Response;
          try {
            res = await found!.handler(req, { params: Promise.resolve(found!.params) });
          } catch (e) {
            failures.push(`${label}: threw ${(e as Error).message.slice(0, 300)}`);
            before = await snapshot(c);
            continue;
          }
          status = res.status;
          text = await res.text();
        }
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        if (status >= 500) failures.push(`${label} → ${status}: ${text.slice(0, 200)}`);
        if (STACK_TRACE.test(text)) failures.push(`${label} → ${status}: stack trace ${text.match(STACK_TRACE)?.[0]}`);
        if (status < 400 && k.url.includes('/import')) await importsSettled(c);
        const after = await snapshot(c);
        if (status >= 400) {
          const changed = diff(before, after);
          if (changed.length) failures.push(`${label} → ${status}: refused but changed ${changed.join(', ')}`);
        }
        before = after;
      }
      const refused = Object.entries(byStatus).reduce((n, [s, v]) => n + (Number(s) >= 400 ? v : 0), 0);
      expect(failures, JSON.stringify(byStatus)).toEqual([]);
      // the corpus is hostile: most of it must be refused, and it must have reached the handlers
      expect(refused).toBeGreaterThan(SIZE / 2);
    } finally {
      await c.end();
    }
  },
);

test(
  'every hostile file on every import route: no 5xx, no stack trace, and a refused file leaves no row (no draft, no FAILED batch, no bytes)',
  { timeout: 240_000 },
  async () => {
    // the proof found these: a file refused at upload left a FAILED ImportBatch, and one refused at its
    // start (a required column missing) left its draft batch and its bytes in ImportUploadChunk
    const admin = await createUser({ roles: [...ROLES], vrbDomains: [...VRB_DOMAINS] });
    const token = await tokenFor(admin.id);
    const routes = routeFiles();
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      const failures: string[] = [];
      const statuses: Record<string, number> = {};
      let before = await snapshot(c);
      for (const url of IMPORT_ROUTES)
        for (const f of await fileCorpus()) {
          const k: Case = { family: `file:${f.name}`, method: 'POST', url: `${url}?dryRun=true&wait=5`, headers: {}, body: f.body };
          const found = (await handlerFor(routes, k))!;
          const res = await found.handler!(
            new NextRequest(`http://localhost${k.url}`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${token}`,
                'content-type': f.type,
                'x-file-name': `${f.name}.bin`,
                'accept-language': 'en',
              },
              body: f.body as BodyInit,
            }),
            { params: Promise.resolve(found.params) },
          );
          const text = await res.text();
          const label = `${f.name} → ${url} ${res.status}`;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 500) failures.push(`${label}: ${text.slice(0, 200)}`);
          if (STACK_TRACE.test(text)) failures.push(`${label}: stack trace`);
          if (res.status < 400) await importsSettled(c);
          const after = await snapshot(c);
          const changed = diff(before, after);
          if (res.status >= 400 && changed.length) failures.push(`${label}: refused but changed ${changed.join(', ')}`);
          before = after;
        }
      expect(failures, JSON.stringify(statuses)).toEqual([]);
      // most of these files are refused, by each import kind
      expect(Object.entries(statuses).reduce((n, [s, v]) => n + (Number(s) >= 400 ? v : 0), 0)).toBeGreaterThan(IMPORT_ROUTES.length * 5);
    } finally {
      await c.end();
    }
  },
);
