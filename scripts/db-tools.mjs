// Database helpers for scripts and tests (plain Node ESM, no TypeScript step needed).
//
//   import { migrateDeploy, ensureDatabase, dropDatabase, tableHasRows } from './scripts/db-tools.mjs';
//   await migrateDeploy('postgresql://postgres@127.0.0.1:5432/tierline_test');   // → { applied: [...] }
//
// migrateDeploy is `prisma migrate deploy` without the CLI: it calls the wasm schema engine's
// applyMigrations in-process (≈0.5–1 s instead of ≈2 s for spawning the CLI + engine), with the
// same migrations folder and `_prisma_migrations` table, so it is interchangeable with
// `prisma migrate deploy` and with the native engine.
//
// CLI: node scripts/db-tools.mjs deploy [DATABASE_URL]      (defaults to $DATABASE_URL)
//      node scripts/db-tools.mjs ensure-db|drop-db URL

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSchemaEngine, pgConfigFromUrl, withAdminClient, withServerAdminClient } from './prisma-schema-engine.mjs';

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

/** Runs fn on a maintenance database of the server of `url` (postgres, then template1). */
const withMaintenanceClient = (url, fn) => withServerAdminClient(pgConfigFromUrl(url).config, fn, ['postgres', 'template1']);

/**
 * Creates the database named in `url` if it does not exist.
 * @param {string} url postgres URL
 * @returns {Promise<boolean>} true when it was created
 */
export async function ensureDatabase(url) {
  const { config } = pgConfigFromUrl(url);
  try {
    await withAdminClient(config, () => {});
    return false;
  } catch (error) {
    if (error.code !== '3D000') throw error; // 3D000: database does not exist
  }
  return withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(config.database)}`);
      return true;
    } catch (error) {
      // 42P04 duplicate_database; 23505 when two CREATE DATABASE race each other
      if (error.code === '42P04' || error.code === '23505') return false;
      throw error;
    }
  });
}

/**
 * Drops the database named in `url` if it exists, closing its connections (PostgreSQL ≥ 13).
 * @param {string} url
 */
export async function dropDatabase(url) {
  const { config } = pgConfigFromUrl(url);
  await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)} WITH (FORCE)`));
}

/**
 * True when `table` exists in the search path of `url` and has at least one row.
 * @param {string} url
 * @param {string} table unquoted table name, e.g. "User"
 */
export async function tableHasRows(url, table) {
  const { config } = pgConfigFromUrl(url);
  return withAdminClient(config, async (client) => {
    const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [quoteIdent(table)]);
    if (!rows[0].present) return false;
    const res = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS has`);
    return res.rows[0].has;
  });
}

/** The migrations folder as the Prisma CLI hands it to the engine (see its `Bl()` helper). */
export function readMigrationsList(migrationsDir) {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const lockfile = { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null };
  const entries = fs.existsSync(baseDir) ? fs.readdirSync(baseDir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      let content;
      try {
        content = { tag: 'ok', value: fs.readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') };
      } catch (error) {
        content = { tag: 'error', value: error.message };
      }
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    });
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript: '' };
}

/**
 * Applies the pending migrations of `migrationsDir` to `databaseUrl`, creating the database
 * first if needed — what `prisma migrate deploy` does.
 * @param {string} databaseUrl postgres URL (`?schema=` is honoured)
 * @param {{ migrationsDir?: string, createDatabase?: boolean }} [options]
 *   migrationsDir defaults to <cwd>/prisma/migrations
 * @returns {Promise<{ applied: string[] }>} names of the migrations applied now
 * @throws Error with `.code` (e.g. 'P3009', 'P3018', 'P1001') when the engine reports one
 */
export async function migrateDeploy(
  databaseUrl,
  { migrationsDir = path.join(process.cwd(), 'prisma', 'migrations'), createDatabase = true } = {},
) {
  if (!databaseUrl) throw new Error('migrateDeploy: a database URL is required');
  const migrationsList = readMigrationsList(migrationsDir);
  if (createDatabase) await ensureDatabase(databaseUrl);
  if (migrationsList.migrationDirectories.length === 0) return { applied: [] };
  const { engine, close } = await openSchemaEngine({ url: databaseUrl });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { applied: appliedMigrationNames };
  } catch (error) {
    // Engine errors are plain Errors (sometimes with a P-code); keep message and code.
    const wrapped = new Error(`migrate deploy failed: ${String(error?.message ?? error).trim()}`, { cause: error });
    if (error?.code) wrapped.code = error.code;
    throw wrapped;
  } finally {
    await close();
  }
}

// ───────────────────────────── CLI ─────────────────────────────

if (process.argv[1] && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  const [command, url = process.env.DATABASE_URL] = process.argv.slice(2);
  const run = {
    async deploy() {
      const { applied } = await migrateDeploy(url);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations.');
    },
    async 'ensure-db'() {
      console.log((await ensureDatabase(url)) ? 'Database created.' : 'Database already exists.');
    },
    async 'drop-db'() {
      await dropDatabase(url);
      console.log('Database dropped (if it existed).');
    },
  }[command];
  if (!run || !url) {
    console.error('Usage: node scripts/db-tools.mjs deploy|ensure-db|drop-db [DATABASE_URL]');
    process.exit(2);
  }
  run().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
