import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDeploy } from '../../scripts/db-tools.mjs';
import { startEmbeddedDb } from '../../scripts/embedded-db.mjs';
import { assertLocalDatabase, withDatabase } from './local-db';

// TEST_DB_PREFIX keeps parallel runs (several engineers, one server) out of each other's way.
export const PREFIX = process.env.TEST_DB_PREFIX ?? 'tierline_test';
export const TEMPLATE_DB = `${PREFIX}_template`;

function migrationsHash() {
  const dir = path.resolve('prisma/migrations');
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

// The server is DATABASE_URL's when set, else an embedded PostgreSQL of the tests' own.
// The template database is rebuilt only when prisma/migrations changed (hash in its comment).
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const emb = await startEmbeddedDb({ dataDir: '.data/pg-test', port: Number(process.env.TEST_PG_PORT ?? 54339) });
    serverUrl = emb.url as string;
    stop = emb.stop;
  }
  assertLocalDatabase(serverUrl);
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    const hash = migrationsHash();
    const { rows } = await admin.query(`SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1`, [
      TEMPLATE_DB,
    ]);
    if (rows[0]?.c !== hash) {
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
      await migrateDeploy(withDatabase(serverUrl, TEMPLATE_DB));
      await admin.query(`COMMENT ON DATABASE ${TEMPLATE_DB} IS '${hash}'`);
    }
    // drop test databases left behind by an interrupted run
    const left = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${PREFIX}\\_f%`]);
    for (const r of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  project.provide('testDbServerUrl', serverUrl);
  project.provide('testDbPrefix', PREFIX);
  return async () => {
    if (stop) await stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDbServerUrl: string;
    testDbPrefix: string;
  }
}
