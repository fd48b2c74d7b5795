import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, PERMISSION_NAMES, ROLES, type Permission } from '@/lib/auth/permissions';
import { createUser, tokenFor } from '../factories';

// Sweeps every route handler and every server-action file in the tree, found by CONTENT (not by
// file name), so a route or an action added later is covered without anyone remembering a test:
// - a server-action file is any .ts/.tsx file under app/, lib/ or components/ whose first
//   statement is the 'use server' directive; each exported action must be built with
//   defineAction/defineFormAction (requireSession + can), unless listed below with its reason;
// - a route file is any file under app/ that exports an HTTP method handler (GET, POST, …); each
//   handler must be built with apiRoute (it carries its permission), answer 401 without a token
//   and 403 to every role that lacks the permission — writing nothing — unless listed below.

const root = path.resolve(import.meta.dirname, '../..');

/** Route files that are deliberately not behind apiRoute, each with the reason. */
const UNGUARDED_ROUTES: Record<string, string> = {
  'app/api/v1/tokens/route.ts': 'exchanges email + password for a token (no token yet); rate-limited by verifyCredentials',
  'app/api/v1/openapi.json/route.ts': 'the public description of the API: static, no data',
  'app/api/health/route.ts': 'liveness/readiness probe: answers only whether the database and migrations are up',
  'app/api/auth/[...nextauth]/route.ts': "Auth.js's own endpoints (session and CSRF), which run before there is a session",
};
/** Exported server actions that are deliberately not built with defineAction, each with the reason. */
const UNGUARDED_ACTIONS: Record<string, string> = {
  'app/(auth)/login/actions.ts#signInAction': 'sign-in has no session yet: it creates one, behind the sign-in rate limit',
  'app/(auth)/login/actions.ts#signOutAction': "sign-out only deletes the caller's own session cookie and row",
  'app/(auth)/setup/[token]/actions.ts#completeSetupAction':
    'setting a password from a one-time setup link: no session yet; the random link token (SHA-256 stored, 72 h, single use) is the proof',
  'app/locale-actions.ts#setLocaleAction':
    "choosing the UI language needs no permission (works on the sign-in page); writes only the caller's own user row",
};

const SKIP_DIRS = new Set(['node_modules', '.next', 'generated']);
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
/** The file's first statement (after comments and blank lines) is the 'use server' directive. */
const isServerActionFile = (src: string) => /^['"]use server['"]/.test(src.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, ''));
const HTTP_EXPORT =
  /export\s+(?:(?:async\s+)?function\s+|const\s+)(GET|POST|PATCH|PUT|DELETE|HEAD|OPTIONS)\b|export\s+const\s*\{[^}]*\b(GET|POST|PATCH|PUT|DELETE)\b/;

const everyFile = ['app', 'lib', 'components'].flatMap(sourceFiles);
const actionFiles = everyFile.filter((f) => isServerActionFile(read(f)));
const allRouteFiles = everyFile.filter((f) => f.startsWith('app/') && HTTP_EXPORT.test(read(f)));
const routeFiles = allRouteFiles.filter((f) => !(f in UNGUARDED_ROUTES));

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

type Guarded = ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };

function paramsFor(file: string) {
  const params: Record<string, string> = {};
  for (const m of file.matchAll(/\[([^\]]+)\]/g)) params[m[1]!.replace(/^\.\.\./, '')] = randomUUID();
  return params;
}

async function tableCounts() {
  const rows = await db.$queryRaw<{ t: string; n: bigint }[]>`
    SELECT relname AS t, n_live_tup AS n FROM pg_stat_user_tables WHERE relname NOT IN ('RateLimit', 'ApiToken', '_prisma_migrations')`;
  // n_live_tup lags; count exactly
  const out: Record<string, number> = {};
  for (const r of rows) {
    const [row] = await db.$queryRawUnsafe<{ c: bigint }[]>(`SELECT count(*) AS c FROM "${r.t}"`);
    out[r.t] = Number(row!.c);
  }
  return out;
}

test('the sweep found the routes and actions by content, and every listed exception still exists', () => {
  // before this sweep read contents it found 29 route files and 11 files named actions.ts
  expect(routeFiles.length).toBeGreaterThanOrEqual(33);
  expect(actionFiles.length).toBeGreaterThanOrEqual(14);
  expect(actionFiles).toEqual(
    expect.arrayContaining(['app/(app)/settings/tier-actions.ts', 'app/(app)/settings/qualification-actions.ts', 'app/locale-actions.ts']),
  );
  for (const f of Object.keys(UNGUARDED_ROUTES)) expect(allRouteFiles, `${f} is listed as an exception`).toContain(f);
  for (const key of Object.keys(UNGUARDED_ACTIONS)) expect(actionFiles, `${key} is listed as an exception`).toContain(key.split('#')[0]);
});

test('the directive finder reads the first statement only', () => {
  expect(isServerActionFile("'use server';\nexport const a = 1;")).toBe(true);
  expect(isServerActionFile('// comment\n/* block */\n"use server";')).toBe(true);
  expect(isServerActionFile("import x from 'y';\n'use server';")).toBe(false);
  expect(isServerActionFile("'use client';")).toBe(false);
});

describe.each(routeFiles)('%s', (file) => {
  test('every handler is guarded: 401 without a token, 403 for each role without the permission, nothing written', async () => {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Partial<Record<(typeof METHODS)[number], Guarded>>;
    const handlers = METHODS.filter((m) => typeof mod[m] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    for (const method of handlers) {
      const handler = mod[method]!;
      expect(handler.permission, `${method} ${file} must be built with apiRoute`).toBeTruthy();
      const url = `http://localhost/${file.replace(/^app\//, '').replace(/\/route\.tsx?$/, '')}`;
      const req = (headers: Record<string, string> = {}) =>
        new NextRequest(url, {
          method,
          headers: { 'content-type': 'application/json', ...headers },
          ...(method === 'GET' ? {} : { body: '{}' }),
        });

      const anon = await handler(req(), { params: Promise.resolve(paramsFor(file)) });
      expect(anon.status, `${method} ${file} without a token`).toBe(401);

      // every role the table refuses, not just one
      for (const role of ROLES.filter((r) => !can([r], handler.permission!))) {
        const user = await createUser({ roles: [role] });
        const token = await tokenFor(user.id);
        const before = await tableCounts();
        const res = await handler(req({ authorization: `Bearer ${token}` }), { params: Promise.resolve(paramsFor(file)) });
        expect(res.status, `${method} ${file} as ${role}`).toBe(403);
        expect((await res.json()).error.code).toBe('FORBIDDEN');
        expect(await tableCounts()).toEqual(before);
      }
    }
  }, 120_000); // one user, token and two table counts per refused role: slow on a loaded machine
});

describe.each(actionFiles)('%s', (file) => {
  test('every exported server action is built with defineAction (session + permission checked inside)', async () => {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const exported = Object.entries(mod);
    expect(exported.length).toBeGreaterThan(0);
    for (const [name, fn] of exported) {
      expect(typeof fn, `${file} ${name}: a 'use server' file exports only actions`).toBe('function');
      if (`${file}#${name}` in UNGUARDED_ACTIONS) continue;
      const permission = (fn as { permission?: string }).permission;
      expect(permission, `${file} ${name} must be built with defineAction/defineFormAction`).toBeTruthy();
      expect(PERMISSION_NAMES, `${file} ${name}`).toContain(permission);
    }
  });
});
