import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';

// Every /api/v1 route file's handlers are in the OpenAPI document (lib/server/openapi/paths/*):
// found by content like the route sweep, so a new route or method fails here until it is
// documented (the VRB queue's export was not, issue 11).

const root = path.resolve(import.meta.dirname, '../..');
const apiRoot = path.join(root, 'app', 'api', 'v1');
const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s*\{([^}]*)\}/g;

function* routeFiles(dir: string): Generator<string> {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) yield* routeFiles(p);
    else if (name === 'route.ts') yield p;
  }
}

function handlers(file: string): { method: string; path: string }[] {
  const src = fs.readFileSync(file, 'utf8');
  const url =
    '/' +
    path
      .relative(path.join(root, 'app'), path.dirname(file))
      .split(path.sep)
      .join('/')
      .replace(/\[(\w+)\]/g, '{$1}');
  const methods = new Set<string>();
  for (const m of src.matchAll(METHOD)) {
    if (m[1]) methods.add(m[1]);
    else for (const x of m[2]!.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(x[1]!);
  }
  return [...methods].map((method) => ({ method: method.toLowerCase(), path: url }));
}

const EXCEPT: Record<string, string> = {
  'get /api/v1/openapi.json': 'the document itself',
};

describe('OpenAPI covers every /api/v1 route', () => {
  test('each handler of app/api/v1/**/route.ts is a documented operation', async () => {
    const doc = (await openapi().json()) as { paths: Record<string, Record<string, unknown>> };
    const all = [...routeFiles(apiRoot)].flatMap(handlers);
    expect(all.length).toBeGreaterThan(100);
    const missing = all
      .filter((h) => !EXCEPT[`${h.method} ${h.path}`] && !doc.paths[h.path]?.[h.method])
      .map((h) => `${h.method.toUpperCase()} ${h.path}`);
    expect(missing).toEqual([]);
  });
});
