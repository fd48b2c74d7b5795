#!/usr/bin/env node
// The web server Playwright starts: a fresh e2e database (on DATABASE_URL's server, else an
// embedded PostgreSQL of its own), migrated and loaded with the demo data, then the production
// build on PORT. Honors NEXT_DIST_DIR (parallel builds) and E2E_DATABASE_URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrateDeploy } from './db-tools.mjs';
import { startEmbeddedDb } from './embedded-db.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const url = new URL(process.env.E2E_DATABASE_URL);
const dbName = url.pathname.slice(1);
const port = process.env.PORT ?? '3100';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';

let embedded = null;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedDb({ dataDir: '.data/pg-e2e', port: Number(url.port) });
}
// any failure before Next is up must not leave the embedded server holding its port
const fail = async (message, error) => {
  console.error(`e2e: ${message}`, error ?? '');
  if (embedded) await embedded.stop();
  process.exit(1);
};

try {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  await migrateDeploy(url.toString());
} catch (error) {
  await fail('could not prepare the e2e database', error);
}

const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-not-for-production',
  AUTH_TRUST_HOST: 'true',
  NODE_ENV: 'production',
};
const seed = !existsSync('prisma/seed.ts')
  ? { status: 0 }
  : spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], { stdio: 'inherit', env });
if (seed.status !== 0) await fail('seeding failed');
if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: undefined } });
  if (b.status !== 0) await fail('build failed');
}

const next = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env });
// Playwright ends the server with SIGTERM (gracefulShutdown in playwright.config.ts): stop Next,
// then the embedded PostgreSQL, once, whichever of the two signals arrives first.
let stopping = null;
const stop = (code) =>
  (stopping ??= (async () => {
    if (next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next.once('exit', resolve));
      next.kill('SIGTERM');
      await exited;
    }
    if (embedded) await embedded.stop().catch(() => undefined);
    process.exit(code);
  })());
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
next.on('exit', (code) => stop(code ?? 0));
