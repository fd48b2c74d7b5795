#!/usr/bin/env node
// `npm start` (production server) and `npm run dev` (= `--dev`, Next dev server).
//
//   1. AUTH_SECRET: when unset, read from .data/auth-secret (generated there on the first run);
//      AUTH_TRUST_HOST=true when unset (Auth.js refuses requests under `next start` otherwise).
//   2. Database: DATABASE_URL unset → start the embedded PostgreSQL 18 (scripts/embedded-db.mjs,
//      data in $EMBEDDED_PG_DATA_DIR or .data/pg, port $EMBEDDED_PG_PORT or 54329) and point
//      DATABASE_URL at it.
//      DATABASE_URL set → use it, start nothing.
//   3. Migrations: apply pending ones from prisma/migrations. This calls the wasm schema
//      engine's applyMigrations in-process (scripts/db-tools.mjs → migrateDeploy), ≈0.3 s instead
//      of ≈2 s for spawning `prisma migrate deploy`; same `_prisma_migrations` table.
//   4. Seed (embedded database only, and only while table "User" has no rows):
//      `tsx prisma/seed.ts`, skipped with a note if the file does not exist.
//   5. Without --dev: `npm run build` when $NEXT_DIST_DIR/BUILD_ID (default .next) is missing or
//      older than the newest file in app/, components/, lib/, messages/, public/,
//      prisma/schema.prisma or the root config files; then `next start -p $PORT` (default 3000).
//      With --dev: `prisma generate` if the client is missing/older than the schema, then
//      `next dev -p $PORT`.
//   Ctrl-C / SIGTERM (to this process, or to the npm process that started it — its parent is then
//   gone, see the parent watch below): stop Next, then stop PostgreSQL (fast shutdown), then exit.
// Run from the project root (npm does).

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const log = (line) => console.log(`[start] ${line}`);
const fail = (line) => console.error(`[start] ${line}`);

let db = null; // embedded database handle
let child = null; // the child process currently running (seed, build, next)
let shuttingDown = false;

// ───────────────────────────── helpers ─────────────────────────────

function runChild(command, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      fail(`${path.basename(command)} ${args[0] ?? ''}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      child = null;
      resolve(signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : (code ?? 1));
    });
  });
}

const nodeBin = (pkgBin) => path.join(root, 'node_modules', ...pkgBin.split('/'));

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const running = child;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (db) {
    log('stopping PostgreSQL');
    await db.stop().catch((error) => fail(error.message));
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (shuttingDown) return;
    log(`${signal}: shutting down`);
    shutdown(signal === 'SIGINT' ? 130 : 143);
  });
}

// `npm start` runs this file through `sh -c`. A SIGTERM sent to the npm process (what a container
// runtime sends to PID 1) is forwarded by npm to that shell only: the shell dies, npm exits, and
// this process is re-parented — it never receives the signal, and Next and PostgreSQL would keep
// running. So watch the parent: when it is gone (our parent pid changes), shut down exactly as on
// SIGTERM. Ctrl-C in a terminal reaches the whole process group and is handled above.
const parentAtStart = process.ppid;
const parentWatch = setInterval(() => {
  if (shuttingDown || process.ppid === parentAtStart) return;
  log(`parent process ${parentAtStart} exited: shutting down`);
  shutdown(143);
}, 250);
parentWatch.unref();

/** Newest mtime (ms) of the files under `p` (a file or folder), ignoring dot-entries. */
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // catches deleted files
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'generated') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

function authSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, '.data', 'auth-secret');
  let secret = '';
  try {
    secret = fs.readFileSync(file, 'utf8').trim();
  } catch {
    /* first run */
  }
  if (!secret) {
    secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    log('AUTH_SECRET: generated and saved to .data/auth-secret');
  } else {
    log('AUTH_SECRET: from .data/auth-secret');
  }
  process.env.AUTH_SECRET = secret;
}

// ───────────────────────────── steps ─────────────────────────────

async function main() {
  authSecret();
  process.env.AUTH_TRUST_HOST ??= 'true';
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'; // offline: nowhere to send it

  // Database
  if (process.env.DATABASE_URL) {
    let where = 'set';
    try {
      const u = new URL(process.env.DATABASE_URL);
      where = `${u.host}${u.pathname}`;
    } catch {
      /* not a URL we can display */
    }
    log(`database: DATABASE_URL (${where})`);
  } else {
    const { startEmbeddedDb } = await import('./embedded-db.mjs');
    // EMBEDDED_PG_DATA_DIR: another data folder, e.g. to run a second copy next to `npm run dev`.
    db = await startEmbeddedDb({ dataDir: process.env.EMBEDDED_PG_DATA_DIR || '.data/pg', log });
    process.env.DATABASE_URL = db.url;
    log(`database: embedded PostgreSQL on 127.0.0.1:${db.port}`);
  }
  if (shuttingDown) return;

  // Migrations
  const { migrateDeploy, tableHasRows } = await import('./db-tools.mjs');
  const migrationsDir = path.join(root, 'prisma', 'migrations');
  const t = Date.now();
  const { applied } = await migrateDeploy(process.env.DATABASE_URL, { migrationsDir });
  if (!fs.existsSync(migrationsDir)) log('migrations: prisma/migrations does not exist yet, nothing applied');
  else log(`migrations: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'} (${Date.now() - t} ms)`);
  if (shuttingDown) return;

  // Seed (embedded database only)
  if (db) {
    const seedFile = path.join(root, 'prisma', 'seed.ts');
    if (await tableHasRows(process.env.DATABASE_URL, 'User')) {
      log('seed: skipped (table "User" already has rows)');
    } else if (!fs.existsSync(seedFile)) {
      log('seed: skipped (prisma/seed.ts does not exist yet)');
    } else {
      log('seed: running tsx prisma/seed.ts');
      const code = await runChild(process.execPath, [nodeBin('tsx/dist/cli.mjs'), seedFile]);
      if (code !== 0) throw new Error(`seed failed (exit code ${code})`);
    }
  }
  if (shuttingDown) return;

  const port = process.env.PORT || '3000';
  const next = nodeBin('next/dist/bin/next');

  if (dev) {
    const client = path.join(root, 'lib', 'db', 'generated', 'client.ts');
    if (newestMtime(client) < newestMtime(path.join(root, 'prisma', 'schema.prisma'))) {
      log('prisma generate: client missing or older than prisma/schema.prisma');
      const code = await runChild(process.execPath, [path.join(root, 'scripts', 'prisma-generate.mjs')]);
      if (code !== 0) throw new Error(`prisma generate failed (exit code ${code})`);
    }
    if (shuttingDown) return;
    log(`next dev on port ${port}`);
  } else {
    const distDir = process.env.NEXT_DIST_DIR || '.next';
    const buildId = newestMtime(path.join(root, distDir, 'BUILD_ID'));
    const sources = [
      'app',
      'components',
      'lib',
      'messages',
      'public',
      'prisma/schema.prisma',
      'next.config.ts',
      'proxy.ts',
      'postcss.config.mjs',
      'package.json',
    ];
    const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
    if (!buildId || buildId < newestSource) {
      log(`build: ${buildId ? 'sources changed since the last build' : `no ${distDir}/BUILD_ID`}, running npm run build`);
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const code = await runChild(npm, ['run', 'build']);
      if (code !== 0) throw new Error(`build failed (exit code ${code})`);
    } else {
      log(`build: ${distDir} is up to date`);
    }
    if (shuttingDown) return;
    log(`next start on port ${port}`);
  }

  const code = await runChild(process.execPath, [next, dev ? 'dev' : 'start', '-p', port]);
  if (!shuttingDown) {
    log(`next exited (code ${code})`);
    await shutdown(code);
  }
}

main().catch(async (error) => {
  if (shuttingDown) return; // a signal interrupted a step: shutdown() is already running
  fail(error?.message ?? String(error));
  await shutdown(1);
});
