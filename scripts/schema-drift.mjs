#!/usr/bin/env node
// Schema drift check (part of `npm test`, static step): fails when prisma/schema.prisma and
// prisma/migrations disagree, so a model change without its migration never ships.
//   prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
// runs through the offline schema engine stand-in (prisma.config.ts → scripts/prisma-schema-engine.mjs)
// and replays the migrations into a throwaway shadow database: on DATABASE_URL's server when set,
// else on an embedded PostgreSQL of its own (the integration tests' data folder and port).
// Exit 0 = in step; 2 = drift (the SQL that is missing is printed); anything else = could not check.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

const withDatabase = (url, name) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

let stop = async () => {};
let serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  const { startEmbeddedDb } = await import('./embedded-db.mjs');
  const emb = await startEmbeddedDb({ dataDir: '.data/pg-test', port: Number(process.env.TEST_PG_PORT ?? 54339), log: () => {} });
  serverUrl = emb.url;
  if (!emb.reused) stop = emb.stop;
}
const shadow = `${process.env.TEST_DB_PREFIX ?? 'tierline_test'}_drift_${randomBytes(3).toString('hex')}`;
const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
await admin.connect();
const main = `${shadow}_main`; // the engine insists the shadow is not the datasource; neither is touched for real
await admin.query(`CREATE DATABASE ${shadow}`);
await admin.query(`CREATE DATABASE ${main}`);
const env = { ...process.env, DATABASE_URL: withDatabase(serverUrl, main), SHADOW_DATABASE_URL: withDatabase(serverUrl, shadow) };
const bin = path.join(root, 'node_modules', '.bin', 'prisma');
const r = spawnSync(
  bin,
  ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code', '--script'],
  { env, encoding: 'utf8' },
);
for (const d of [shadow, main]) await admin.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`).catch(() => undefined);
await admin.end();
await stop();

if (r.status === 0) {
  console.log('schema drift: none (prisma/migrations match prisma/schema.prisma)');
  process.exit(0);
}
if (r.status === 2) {
  console.error('✖ schema drift: prisma/schema.prisma has changes no migration makes. Missing SQL:\n');
  console.error(r.stdout);
  console.error('Write it as prisma/migrations/<UTC yyyymmddHHMMSS>_<name>/migration.sql (docs/conventions.md).');
  process.exit(2);
}
console.error(`✖ schema drift check could not run (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
process.exit(1);
