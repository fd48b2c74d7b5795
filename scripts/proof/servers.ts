// The proof's world: a fresh database on DATABASE_URL's server (migrated, demo data), and
// `next start` instances of the production build on it, each a child process we can kill -9.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrateDeploy } from '../db-tools.mjs';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = process.env.NEXT_DIST_DIR ?? '.next-proof';

export async function freshDatabase(server: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  await migrateDeploy(url);
  const seed = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seed.status !== 0) throw new Error('seed failed');
  return url;
}

export function ensureBuild() {
  if (existsSync(path.join(root, distDir, 'BUILD_ID'))) return;
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: distDir } });
  if (b.status !== 0) throw new Error('build failed');
}

export type Instance = { name: string; port: number; base: string; proc: ChildProcess; importDir: string };

export async function startInstance(name: string, port: number, databaseUrl: string): Promise<Instance> {
  const importDir = path.join(root, '.data', `proof-imports-${name}`); // each its own disk: uploads must come from PostgreSQL
  const proc = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', process.env.PROOF_STDERR ? 'inherit' : 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: 'production',
      AUTH_SECRET: 'proof-secret-not-for-production',
      AUTH_TRUST_HOST: 'true',
      IMPORT_DIR: importDir,
      AS_OF_INDEX: 'off',
      DB_POOL_MAX: '12',
    },
  });
  proc.stderr?.on('data', () => undefined);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return { name, port, base, proc, importDir };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} did not start`);
}

export async function stopInstance(i: Instance, signal: NodeJS.Signals = 'SIGTERM') {
  if (i.proc.exitCode !== null || i.proc.signalCode !== null) return;
  const exited = new Promise((r) => i.proc.once('exit', r));
  i.proc.kill(signal);
  await exited;
}

/** Row counts of every table, plus the sum of every `version` column: a refused input must change neither. */
export async function snapshot(c: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await c.query<{ t: string; v: boolean }>(
    `SELECT t.tablename AS t, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.tablename AND c.column_name = 'version') AS v
       FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename NOT IN ('_prisma_migrations', 'RateLimit', 'Session') ORDER BY 1`,
  );
  const sql = tables
    .map(({ t, v }) => `SELECT '${t}' AS t, count(*)::text ${v ? `|| '/' || coalesce(sum(version), 0)::text` : ''} AS n FROM "${t}"`)
    .join(' UNION ALL ');
  const { rows } = await c.query<{ t: string; n: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

export const diff = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

export async function token(base: string, email: string): Promise<string> {
  const r = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'tierline-demo', name: 'proof' }),
  });
  if (r.status !== 201) throw new Error(`token for ${email}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { token: string }).token;
}

export function percentile(xs: number[], p: number) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}
