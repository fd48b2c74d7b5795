#!/usr/bin/env node
// `prisma generate` that works offline (used by `postinstall` and `build`).
//
// Prisma 7's CLI tries to download the native schema engine even for `generate` (which never
// runs it) and fails offline; it is satisfied once PRISMA_SCHEMA_ENGINE_BINARY names an
// existing file. We point it at our wasm-based stand-in (scripts/prisma-schema-engine.mjs)
// unless the variable is already set. Run from the project root (npm does).
//
// Extra arguments are passed to `prisma generate` (e.g. `--watch`).

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = process.cwd();
const schema = path.join(root, 'prisma', 'schema.prisma');
const standIn = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prisma-schema-engine.mjs');

// The CLI spawns the stand-in directly (shebang): make sure it is executable (a checkout or
// archive may have dropped the mode bit).
try {
  fs.accessSync(standIn, fs.constants.X_OK);
} catch {
  try {
    fs.chmodSync(standIn, 0o755);
  } catch {
    /* read-only tree: the CLI will report EACCES */
  }
}

if (!fs.existsSync(schema)) {
  console.log('prisma-generate: prisma/schema.prisma does not exist yet, skipping `prisma generate`.');
  process.exit(0);
}

const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
if (!fs.existsSync(cli)) {
  console.error('prisma-generate: the Prisma CLI is not installed (node_modules/prisma). Run `npm install`.');
  process.exit(1);
}

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || standIn,
  // No update checks / telemetry: there is no internet here and they only slow things down.
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};

const child = spawn(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
