import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';

// `npm start` (scripts/start.mjs) with the embedded PostgreSQL in a temporary data folder, as a
// user and a container runtime stop it: Ctrl-C (SIGINT to the whole foreground process group) and
// SIGTERM to the npm process alone (which npm forwards only to its `sh -c`, issue 14). After
// either, start.mjs, the step it was running (seed, build or `next start`) and the PostgreSQL
// server must all be gone. The first run initialises the data folder and seeds it; the second
// reuses it, so it reaches the build check and `next start` sooner.

const root = path.resolve(import.meta.dirname, '../..');
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-start-'));
fs.chmodSync(dataRoot, 0o755); // the postgres OS user (when running as root) must traverse it
const dataDir = path.join(dataRoot, 'pg');
const pgPort = 56000 + Math.floor(Math.random() * 2000);
const appPort = 38000 + Math.floor(Math.random() * 2000);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter(Boolean);
  } catch {
    return [];
  }
};
const descendants = (pid: number): number[] => childrenOf(pid).flatMap((c) => [c, ...descendants(c)]);
const postmasterPid = () => {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
};
async function until<T>(what: string, fn: () => T | undefined | null | false, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function npmStart(): { npm: ChildProcess; out: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(appPort) };
  delete env.DATABASE_URL; // → the embedded PostgreSQL
  delete env.NODE_OPTIONS;
  // detached: its own process group, like a terminal's foreground job (Ctrl-C signals the group)
  const npm = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  npm.stdout!.on('data', (b) => (out += String(b)));
  npm.stderr!.on('data', (b) => (out += String(b)));
  return { npm, out: () => out };
}

/** Wait until PostgreSQL is up and start.mjs runs its next step as a child; returns the pids to watch. */
async function running(npm: ChildProcess, out: () => string) {
  await until('PostgreSQL to start', () => out().includes('database: embedded PostgreSQL on'), 45_000);
  const step = await until(
    'a step after the database (seed, build or next start)',
    () => /\[start\] (seed: running|build: |next start on)/.exec(out()),
    45_000,
  );
  const pg = await until('postmaster.pid', postmasterPid, 5_000);
  const tree = await until(
    'start.mjs with its child',
    () => {
      const all = descendants(npm.pid!);
      return all.length >= 3 ? all : null; // sh → node start.mjs → the step's process
    },
    20_000,
  );
  return { step: step[1]!, pg, tree };
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const p of started) if (p.pid && alive(p.pid)) process.kill(-p.pid, 'SIGKILL');
  const pg = postmasterPid();
  if (pg && alive(pg)) process.kill(pg, 'SIGKILL');
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('npm start stops Next and PostgreSQL', () => {
  test('Ctrl-C (SIGINT to the process group): start.mjs, its child step and PostgreSQL exit', { timeout: 150_000 }, async () => {
    const { npm, out } = npmStart();
    started.push(npm);
    const { pg, tree } = await running(npm, out);
    expect(alive(pg)).toBe(true);
    process.kill(-npm.pid!, 'SIGINT');
    await until('every process to exit', () => !alive(pg) && tree.every((p) => !alive(p)), 40_000);
    expect(out()).toContain('stopping PostgreSQL');
  });

  test(
    'SIGTERM to the npm process only: start.mjs notices its parent is gone and stops its child step and PostgreSQL',
    { timeout: 150_000 },
    async () => {
      const { npm, out } = npmStart();
      started.push(npm);
      const { step, pg, tree } = await running(npm, out);
      expect(alive(pg)).toBe(true);
      process.kill(npm.pid!, 'SIGTERM'); // npm alone, as `docker stop` signals PID 1
      await until('every process to exit', () => !alive(pg) && tree.every((p) => !alive(p)), 40_000);
      expect(out()).toMatch(/parent process \d+ exited: shutting down|SIGTERM: shutting down/);
      expect(out()).toContain('stopping PostgreSQL');
      console.info(`[start-signals] SIGTERM reached start.mjs during step "${step}"`);
    },
  );
});
