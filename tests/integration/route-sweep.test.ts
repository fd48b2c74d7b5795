import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Permission } from '@/lib/auth/permissions';
import { createUser, tokenFor } from '../factories';

// Sweeps every /api/v1 route file and every server-action file that exists, so a route or an
// action added later is covered without anyone remembering to add a test:
// - each route handler was built by apiRoute (it carries its permission), answers 401 without a
//   token, and 403 to a role that lacks the permission — writing nothing;
// - each exported server action was built by defineAction/defineFormAction (requireSession + can).

const root = path.resolve(import.meta.dirname, '../..');
const PUBLIC_ROUTES = new Set(['app/api/v1/tokens/route.ts', 'app/api/v1/openapi.json/route.ts']);
const PUBLIC_ACTIONS = new Set(['signInAction', 'signOutAction', 'completeSetupAction']); // sign-in has no session yet; sign-out ends one; the setup link's token is its own proof

function walk(dir: string, name: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return walk(rel, name);
    return e.name === name ? [rel] : [];
  });
}

const routeFiles = walk('app/api/v1', 'route.ts').filter((f) => !PUBLIC_ROUTES.has(f));
const actionFiles = walk('app', 'actions.ts');
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

test('the sweep found the routes and actions', () => {
  expect(routeFiles.length).toBeGreaterThan(0);
  expect(actionFiles.length).toBeGreaterThan(0);
});

describe.each(routeFiles)('%s', (file) => {
  test('every handler is guarded: 401 without a token, 403 for each role without the permission, nothing written', async () => {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Partial<Record<(typeof METHODS)[number], Guarded>>;
    const handlers = METHODS.filter((m) => typeof mod[m] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    for (const method of handlers) {
      const handler = mod[method]!;
      expect(handler.permission, `${method} ${file} must be built with apiRoute`).toBeTruthy();
      const url = `http://localhost/${file.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`;
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
  });
});

describe.each(actionFiles)('%s', (file) => {
  test('every exported server action is built with defineAction (session + permission checked inside)', async () => {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const exported = Object.entries(mod).filter(([, v]) => typeof v === 'function');
    expect(exported.length).toBeGreaterThan(0);
    for (const [name, fn] of exported) {
      if (PUBLIC_ACTIONS.has(name)) continue;
      expect((fn as { permission?: string }).permission, `${file} ${name}`).toBeTruthy();
    }
  });
});
