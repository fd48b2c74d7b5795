#!/usr/bin/env node
// `npm test`: every layer, in order — unit, integration (real PostgreSQL), then a production
// build and the Playwright suite in Chromium. Prints one closing line "tests: N passed, N failed".
// Extra args: --only=static|unit|integration|e2e (repeatable).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const only = process.argv.filter((a) => a.startsWith('--only=')).map((a) => a.slice(7));
const want = (layer) => only.length === 0 || only.includes(layer);
const out = path.join(root, 'test-results');
mkdirSync(out, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) => {
  console.log(`\n▶ ${[path.basename(cmd), ...args].join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};

let passed = 0;
let failed = 0;
let broken = false;

function vitest(project) {
  const file = path.join(out, `vitest-${project}.json`);
  rmSync(file, { force: true });
  const code = run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) {
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (code !== 0 && r.numFailedTests === 0) broken = true; // e.g. a file failed to load
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return null;
}

async function e2e() {
  if (!chromiumPath()) {
    const probe = spawnSync(process.execPath, [
      '-e',
      "const{chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)",
    ]);
    if (probe.status !== 0) {
      console.error(
        '\n✖ No browser for the e2e tests. Install Debian/Ubuntu Chromium and Korean fonts:\n' +
          '    sudo apt-get install -y chromium fonts-nanum\n' +
          '  or, with internet access, Playwright’s own browser: npx playwright install chromium\n' +
          '  (or set CHROMIUM_PATH to a Chromium binary).',
      );
      broken = true;
      return;
    }
  }
  const build = await building;
  console.log(`\n▶ npm run build (started with the first layer; its output: test-results/build.log)`);
  const log = readFileSync(buildLog, 'utf8');
  console.log(build === 0 ? log.split('\n').slice(-25).join('\n') : log);
  if (build !== 0) {
    broken = true;
    return;
  }
  const file = path.join(out, 'playwright.json');
  rmSync(file, { force: true });
  const code = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) {
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.stats.expected + r.stats.flaky;
  failed += r.stats.unexpected;
  if (code !== 0 && r.stats.unexpected === 0) broken = true;
}

// how long each layer took, printed above the closing line (the suite's budget is 15 minutes on 2 cores)
const took = [];
const timed = async (layer, fn) => {
  const t0 = Date.now();
  await fn();
  const s = Math.round((Date.now() - t0) / 1000);
  took.push(`${layer} ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`);
};

// The production build for the e2e layer runs beside the other layers, from the moment tsc is done
// (tsc reads .next/types, which the build rewrites): eslint, prettier and the tests use one core
// most of the time, the build the other, so on 2 cores this takes most of the build's time off the
// suite's 15-minute budget. Its output goes to a file, printed before the e2e layer.
const buildLog = path.join(out, 'build.log');
let building = Promise.resolve(0);
const startBuild = () => {
  if (!want('e2e')) return;
  building = new Promise((resolve) => {
    const fd = openSync(buildLog, 'w');
    // bash times the build itself (this process's event loop is blocked while a layer runs)
    const script = 's=$SECONDS; npm run build --silent; c=$?; echo "build took $((SECONDS - s)) s"; exit $c';
    const child = spawn('bash', ['-c', script], { stdio: ['ignore', fd, fd], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => {
      closeSync(fd);
      const s = Number(/build took (\d+) s/.exec(readFileSync(buildLog, 'utf8'))?.[1] ?? 0);
      took.push(`build ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s (beside the layers above)`);
      resolve(code ?? 1);
    });
  });
};

if (want('static'))
  await timed('static', () => {
    // type errors, lint errors and unformatted files fail the run like a failed test
    if (run(bin('tsc'), ['--noEmit']) !== 0) broken = true;
    startBuild();
    if (run(bin('eslint'), ['.', '--quiet']) !== 0) broken = true;
    // formatting is checked, never rewritten, in the test run (`npm run format` fixes it)
    if (run(bin('prettier'), ['--check', '.', '--log-level', 'warn']) !== 0) broken = true;
    // schema drift: prisma/schema.prisma vs prisma/migrations (a shadow database on DATABASE_URL's
    // server, else on the embedded PostgreSQL the integration tests use)
    if (run(process.execPath, [path.join(root, 'scripts', 'schema-drift.mjs')]) !== 0) broken = true;
  });
else startBuild();
if (want('unit')) await timed('unit', () => vitest('unit'));
if (want('integration')) await timed('integration', () => vitest('integration'));
if (want('e2e')) await timed('e2e', () => e2e());
await building; // never leave the build running behind the closing line

console.log(`\nlayers: ${took.join(' · ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
