// The authorization sweep over HTTP, on the running build: every route handler and every
// 'use server' export, found by CONTENT (an exported HTTP method / the directive), each called
// anonymously, by every seeded role that lacks its permission, and — for the deal writes — by a
// rep on another rep's record. A refusal must be a 4xx (401/403/404, or a redirect to sign-in for
// pages' routes), never a 5xx, and must change nothing.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { can, type Permission, type Role } from '../../lib/auth/permissions';
import { diff, distDir, root, snapshot } from './servers';

export type SweepResult = {
  routes: number;
  handlers: number;
  actions: number;
  calls: number;
  anonymousRefused: number;
  wrongRoleRefused: number;
  otherRepRefused: number;
  actionsRefused: number;
  leaks: number;
  fiveXx: number;
  failures: string[];
};

const UNGUARDED = new Set([
  'app/api/v1/tokens/route.ts',
  'app/api/v1/openapi.json/route.ts',
  'app/api/health/route.ts',
  'app/api/auth/[...nextauth]/route.ts',
]);
const SKIP = new Set(['node_modules', '.next', 'generated']);
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) || e.name.startsWith('.next') ? [] : files(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

/** Each exported HTTP handler of a route file with the permission its apiRoute carries (by content). */
export function routeHandlers(): { file: string; url: string; method: string; permission: Permission | null }[] {
  const out: { file: string; url: string; method: string; permission: Permission | null }[] = [];
  for (const f of files('app')) {
    const src = read(f);
    if (UNGUARDED.has(f)) continue;
    for (const m of src.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\s*=\s*apiRoute\(\s*\{([^}]*)\}/g)) {
      const perm = /permission:\s*'([^']+)'/.exec(m[2]!)?.[1] ?? null;
      const url =
        '/' +
        path
          .dirname(f)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .map((s) => (s.startsWith('[') ? '00000000-0000-4000-8000-000000000000' : s))
          .join('/')
          .replace(/^app\//, '');
      out.push({ file: f, url, method: m[1]!, permission: perm as Permission | null });
    }
    if (/export (async function|const) (GET|POST|PATCH|PUT|DELETE)\b/.test(src) && !/apiRoute\(/.test(src))
      out.push({ file: f, url: '', method: 'UNGUARDED', permission: null });
  }
  return out;
}

/** 'use server' files (by the directive) and their exported names. */
export function serverActions(): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  for (const f of ['app', 'lib', 'components'].flatMap(files)) {
    const src = read(f);
    if (!/^['"]use server['"]/.test(src.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, ''))) continue;
    for (const m of src.matchAll(/export (?:async function|const) (\w+)/g)) out.push({ file: f, name: m[1]! });
  }
  return out;
}

export type ActionRef = { id: string; file: string; name: string; page: string };

/** The build's action ids (server-reference-manifest), with the file and export each belongs to. */
export function buildActions(): ActionRef[] {
  const p = path.join(root, distDir, 'server', 'server-reference-manifest.json');
  if (!existsSync(p)) return [];
  const m = JSON.parse(readFileSync(p, 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
  };
  // the action is posted to a page that uses it (an action is looked up through its page's entry)
  const pageOf = (worker: string) =>
    '/' +
    worker
      .replace(/^app\//, '')
      .replace(/\/page$/, '')
      .split('/')
      .filter((s) => s && s !== 'page' && !/^\(.*\)$/.test(s))
      .map((s) => (s.startsWith('[') ? '00000000-0000-4000-8000-000000000000' : s))
      .join('/');
  return Object.entries(m.node).map(([id, v]) => ({
    id,
    file: v.filename ?? '',
    name: v.exportedName ?? '',
    page: pageOf(Object.keys(v.workers ?? {})[0] ?? 'app/page'),
  }));
}

const ANON_OK = (s: number) => s === 401 || s === 403 || s === 404 || (s >= 300 && s < 400);

export async function runSweep(
  c: pg.Client,
  base: string,
  users: { role: Role[]; token: string; email: string; cookie: string }[],
  other: { repToken: string; foreignOppId: string; foreignVersion: number },
): Promise<SweepResult> {
  const handlers = routeHandlers();
  const res: SweepResult = {
    routes: new Set(handlers.map((h) => h.file)).size,
    handlers: handlers.length,
    actions: 0,
    calls: 0,
    anonymousRefused: 0,
    wrongRoleRefused: 0,
    otherRepRefused: 0,
    actionsRefused: 0,
    leaks: 0,
    fiveXx: 0,
    failures: [],
  };
  const fail = (s: string) => res.failures.length < 50 && res.failures.push(s);
  for (const h of handlers.filter((x) => x.method === 'UNGUARDED')) fail(`${h.file}: exports a handler not built with apiRoute`);
  let before = await snapshot(c);
  // one request: its status (599: no answer), its body, and the tables it changed
  const call = async (url: string, init: RequestInit) => {
    let status = 0;
    let text = '';
    try {
      const r = await fetch(base + url, { ...init, redirect: 'manual' });
      status = r.status;
      text = await r.text();
    } catch {
      status = 599;
    }
    res.calls++;
    const after = await snapshot(c);
    const changed = diff(before, after);
    before = after;
    return { status, text, changed };
  };
  const check = async (label: string, url: string, init: RequestInit, ok: (s: number) => boolean) => {
    const { status, changed } = await call(url, init);
    if (status >= 500) res.fiveXx++;
    if (!ok(status) || changed.length) {
      res.leaks++;
      fail(`${label} ${init.method} ${url} → ${status}${changed.length ? ` changed ${changed.join(',')}` : ''}`);
      return false;
    }
    return true;
  };
  for (const h of handlers.filter((x) => x.method !== 'UNGUARDED')) {
    const init = { method: h.method, headers: { 'content-type': 'application/json' }, body: h.method === 'GET' ? undefined : '{}' };
    if (await check('anonymous', h.url, init, ANON_OK)) res.anonymousRefused++;
    if (!h.permission) continue;
    for (const u of users.filter((x) => !can(x.role, h.permission!))) {
      // the API by token; a page's own route (the wizard's upload) by the session cookie, as the browser calls it
      const credential: Record<string, string> = h.url.startsWith('/api/') ? { authorization: `Bearer ${u.token}` } : { cookie: u.cookie };
      const withToken = { ...init, headers: { ...init.headers, ...credential } };
      if (await check(`${u.email} (${u.role.join('+')}) lacks ${h.permission}`, h.url, withToken, (s) => s === 403)) res.wrongRoleRefused++;
    }
  }
  // another rep's deal: read-modify writes with a valid body and the current version
  const rep = { authorization: `Bearer ${other.repToken}`, 'content-type': 'application/json' };
  const foreign = [
    { method: 'PATCH', url: `/api/v1/opportunities/${other.foreignOppId}`, body: { version: other.foreignVersion, nextStep: 'not mine' } },
    {
      method: 'POST',
      url: `/api/v1/opportunities/${other.foreignOppId}/tier`,
      body: { to: 4, reason: 'not mine', version: other.foreignVersion },
    },
  ];
  for (const f of foreign)
    if (
      await check(
        'rep2 on rep1’s deal',
        f.url,
        { method: f.method, headers: rep, body: JSON.stringify(f.body) },
        (s) => s === 403 || s === 404,
      )
    )
      res.otherRepRefused++;
  // server actions: every 'use server' export must be in the build; each called anonymously
  const exported = serverActions();
  const ids = buildActions();
  res.actions = exported.length;
  for (const a of ids) {
    const init = {
      method: 'POST',
      headers: { 'next-action': a.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
      body: '[]',
    };
    const { status, text, changed } = await call(a.page, init);
    if (status >= 500 && status !== 599) res.fiveXx++;
    const succeeded = /"ok":true/.test(text);
    if (succeeded || changed.length || status >= 500) {
      res.leaks++;
      fail(`anonymous action ${a.file}#${a.name} on ${a.page} → ${status} ${succeeded ? 'ok:true' : ''} ${changed.join(',')}`);
    } else res.actionsRefused++;
  }
  if (ids.length && ids.length < exported.length) fail(`${exported.length} 'use server' exports, ${ids.length} action ids in the build`);
  return res;
}
