import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeEach, inject } from 'vitest';
import { withDatabase } from './local-db';

// Each test file gets a fresh database cloned from the migrated template (fast: a file copy),
// and DATABASE_URL points at it before any app module is imported.
const serverUrl = inject('testDbServerUrl');
const prefix = inject('testDbPrefix');
const name = `${prefix}_f${process.pid}_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${prefix}_template`);
process.env.DATABASE_URL = withDatabase(serverUrl, name);

const APP_TABLES_SQL = `SELECT string_agg(format('%I', tablename), ', ') AS t FROM pg_tables
  WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;

// Every test starts from empty tables.
beforeEach(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const { rows } = await c.query(APP_TABLES_SQL);
    if (rows[0]?.t) await c.query(`TRUNCATE ${rows[0].t} RESTART IDENTITY CASCADE`);
  } finally {
    await c.end();
  }
});

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  await db.$disconnect();
  const pools = await import('@/lib/db/pg');
  for (const pool of [pools.pgPool, pools.readPool]) {
    try {
      await pool.end();
    } catch {
      /* pool never used */
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});
