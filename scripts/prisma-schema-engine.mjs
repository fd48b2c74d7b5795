#!/usr/bin/env node
// Over 400 lines on purpose: one standalone executable the Prisma CLI spawns (its JSON-RPC protocol
// end to end), with no imports from the app.
// Stand-in for Prisma's native `schema-engine` binary, built on the WebAssembly schema engine
// from npm (@prisma/schema-engine-wasm) driven through @prisma/adapter-pg.
//
// Why: the native binary is downloaded from Prisma's servers at run time, which is impossible
// here (see /work/shared/STACK.md). `prisma.config.ts` points PRISMA_SCHEMA_ENGINE_BINARY at
// this file (only when the variable is unset, so a real binary still wins), and the standard
// Prisma CLI commands (migrate dev/deploy/status/reset/diff/resolve, db push/execute/pull) run
// unchanged. Migrations stay the standard folder + `_prisma_migrations` table.
//
// Two roles:
//   1. executable — the CLI spawns it as
//        prisma-schema-engine.mjs [--datamodels <file>]... [--datasource '{"url":…,"shadowDatabaseUrl":…}']
//                                 [--enabled-preview-features a,b] [--extension-types {…}]
//      and speaks JSON-RPC 2.0, one JSON object per line, on stdin/stdout. Or it runs
//        prisma-schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//      or `--version`.
//   2. library — `openSchemaEngine()` is used by scripts/db-tools.mjs (migrateDeploy) to apply
//      migrations in-process without spawning the CLI.
//
// Traps handled here (each one reproduced, see STACK.md):
//   - adapter-pg cannot decode the catalog type "char" (OID 18) that the engine's
//     introspection reads; `name` (19) / name[] (1003) / "char"[] (1002) need care too. We
//     decode them as text and report "char" columns as Character (else the engine panics on
//     any CHECK constraint and on PostgreSQL 18).
//   - adapter-pg's shadow database with a connectionString silently points at the MAIN
//     database (pg ignores `database` when a connection string is given) and drops the shadow
//     database while its own pool is still connected. We build every pool from explicit
//     host/port/user/password/database and dispose the pool before DROP DATABASE … WITH (FORCE).
//   - adapter-pg's executeScript splits scripts on every ";" (breaks `$$ … ; … $$` function
//     bodies and string literals). We send the whole script as one simple-protocol query,
//     exactly like the native engine (one implicit transaction per script).
//   - `migrate diff --script` output must go through a JSON-RPC `print` request to the CLI.
//   - the CLI skips the first stderr line of `cli` subcommands and JSON-parses the rest.
//   - the engine leaves 10 s / 60 s timers armed: exit as soon as stdin closes.
//   - one pool connection only (max: 1), like the native engine's single connection: the
//     engine's session-level advisory lock (pg_advisory_lock) must be taken and released on
//     the same connection.
//   - evaluateDataLoss/createMigration fail with "PostgreSQL shadow DB must be provided through
//     an external factory" unless diagnoseMigrationHistory({ optInToShadowDatabase: true }) ran
//     first in the same engine (e.g. `migrate dev` with a pending hand-edited migration): on
//     that error we run it and retry once.
//   - unlike the native engine, the wasm engine connects to the main database when it starts:
//     a diff between schema files / migrations gets an "offline" engine so that `migrate diff
//     --from-empty --to-schema … --script` works without a database (or before it exists).
//   - adapter errors reach the CLI as "External error id#N": we put the original message back.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const { parse: parsePgUrl } = require(require.resolve('pg-connection-string', { paths: [require.resolve('pg')] }));

// What the offline engine reports as server version (only used for schema-to-schema diffs).
const OFFLINE_SERVER_VERSION = 'PostgreSQL 15.0 (offline)';
const OFFLINE_SERVER_VERSION_NUM = 150000;

const OID = { CHAR: 18, NAME: 19, TEXT: 25, CHAR_ARRAY: 1002, NAME_ARRAY: 1003, TEXT_ARRAY: 1009 };
const parseTextArray = pg.types.getTypeParser(OID.TEXT_ARRAY);

// ───────────────────────────── connection config ─────────────────────────────

/**
 * Turns a postgres URL into an explicit pg config (never `connectionString`, see the shadow
 * database trap). Handles Prisma's `?schema=` parameter by setting the session search_path.
 * @param {string} url
 */
export function pgConfigFromUrl(url) {
  // Prisma-only parameters (connection_limit, pool_timeout, pgbouncer…) are simply not copied.
  const { schema, connect_timeout, ...rest } = parsePgUrl(url);
  const config = {
    host: rest.host || 'localhost',
    port: rest.port ? Number(rest.port) : 5432,
    user: rest.user,
    password: rest.password,
    database: rest.database || rest.user || 'postgres',
    ssl: rest.ssl,
    application_name: rest.application_name || 'prisma-schema-engine-wasm',
  };
  if (rest.options) config.options = rest.options;
  if (connect_timeout) config.connectionTimeoutMillis = Number(connect_timeout) * 1000;
  if (schema) {
    const searchPath = `-c search_path="${String(schema).replaceAll('"', '""')}"`;
    config.options = config.options ? `${config.options} ${searchPath}` : searchPath;
  }
  return { config, schema: schema || undefined };
}

const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

// ───────────────────────────── catalog-type-aware pg client ─────────────────────────────

// rows array of a pg result → indexes of columns whose real type was "char" (OID 18).
// adapter-pg returns that same `rows` array object from queryRaw, so the adapter wrapper can
// find the marks again even with concurrent queries.
const charColumnsByRows = new WeakMap();

function fixCatalogTypes(result) {
  if (Array.isArray(result)) return (result.forEach(fixCatalogTypes), result);
  if (!result || !Array.isArray(result.fields)) return result;
  const charIdx = [];
  result.fields.forEach((field, i) => {
    switch (field.dataTypeID) {
      case OID.CHAR: // pg leaves it as a string already
        field.dataTypeID = OID.TEXT;
        charIdx.push(i);
        break;
      case OID.NAME: // adapter-pg 7.10 knows it; keep it text for older/newer versions
        field.dataTypeID = OID.TEXT;
        break;
      case OID.NAME_ARRAY:
      case OID.CHAR_ARRAY: // pg has no parser for these: they arrive as '{a,b}' strings
        field.dataTypeID = OID.TEXT_ARRAY;
        for (const row of result.rows) {
          const key = Array.isArray(row) ? i : field.name;
          if (typeof row[key] === 'string') row[key] = parseTextArray(row[key]);
        }
        break;
    }
  });
  if (charIdx.length) charColumnsByRows.set(result.rows, charIdx);
  return result;
}

class CatalogAwareClient extends pg.Client {
  query(config, values, callback) {
    if (config && typeof config.submit === 'function') return super.query(config, values, callback);
    if (typeof values === 'function') {
      const cb = values;
      return super.query(config, (err, res) => cb(err, err ? res : fixCatalogTypes(res)));
    }
    if (typeof callback === 'function') {
      return super.query(config, values, (err, res) => callback(err, err ? res : fixCatalogTypes(res)));
    }
    return super.query(config, values).then(fixCatalogTypes);
  }
}

function markCharColumns(resultSet) {
  const idx = charColumnsByRows.get(resultSet.rows);
  if (idx) for (const i of idx) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
  return resultSet;
}

function wrapQueryable(inner) {
  return {
    queryRaw: async (query) => markCharColumns(await inner.queryRaw(query)),
    executeRaw: (query) => inner.executeRaw(query),
  };
}

/**
 * Wraps an adapter-pg adapter: Character columns, whole-script executeScript, custom dispose.
 * @param {any} inner adapter returned by PrismaPg#connect()
 * @param {pg.Pool} pool the pool behind it
 * @param {() => Promise<void>} dispose
 */
function wrapAdapter(inner, pool, dispose) {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    ...wrapQueryable(inner),
    async executeScript(script) {
      // Simple query protocol: several statements in one round trip, one implicit transaction.
      try {
        await pool.query(script);
      } catch (error) {
        if (typeof inner.onError === 'function') inner.onError(error); // throws DriverAdapterError
        throw error;
      }
    },
    async startTransaction(isolationLevel) {
      const tx = await inner.startTransaction(isolationLevel);
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        ...wrapQueryable(tx),
        commit: () => tx.commit(),
        rollback: () => tx.rollback(),
        createSavepoint: (name) => tx.createSavepoint(name),
        rollbackToSavepoint: (name) => tx.rollbackToSavepoint(name),
        releaseSavepoint: (name) => tx.releaseSavepoint(name),
      };
    },
    getConnectionInfo: () => inner.getConnectionInfo(),
    dispose,
  };
}

async function connectAdapter(config, schema) {
  const pool = new pg.Pool({ ...config, Client: CatalogAwareClient, max: 1, idleTimeoutMillis: 0 });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead
  const inner = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  return { adapter: inner, pool };
}

/** Runs fn on a short-lived client for `config` (errors of an idle client are not fatal). */
export async function withAdminClient(config, fn) {
  const client = new pg.Client(config);
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs fn on a connection to the server of `config` for CREATE/DROP DATABASE: the configured
 * database first, then the maintenance databases when it does not exist (3D000).
 */
export async function withServerAdminClient(config, fn, databases = [config.database, 'postgres', 'template1']) {
  let lastError;
  for (const database of databases) {
    try {
      return await withAdminClient({ ...config, database }, fn);
    } catch (error) {
      lastError = error;
      if (error.code !== '3D000') throw error;
    }
  }
  throw lastError;
}

/** DROP DATABASE … WITH (FORCE) (PostgreSQL ≥ 13), falling back to a plain DROP. */
async function dropDatabase(client, name) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } catch (error) {
    if (error.code !== '42601') throw error; // syntax error → server older than 13
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  }
}

/**
 * The migration-aware driver adapter factory the wasm engine needs, bound with
 * bindMigrationAwareSqlAdapterFactory.
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory(datasource = {}) {
  return bindMigrationAwareSqlAdapterFactory(createPgMigrationFactory(datasource));
}

/** Offline variant of createAdapterFactory (see createOfflinePgMigrationFactory). */
export function createOfflineAdapterFactory(datasource = {}) {
  return bindMigrationAwareSqlAdapterFactory(createOfflinePgMigrationFactory(datasource));
}

/**
 * Like createAdapterFactory, for operations that need no database (a diff between schema
 * files / migrations): the engine's start-up probe gets a canned answer, every other query on
 * the main connection fails, and the shadow database (for `migrations` targets) is real.
 * This lets `migrate diff --from-empty --to-schema …` run with no database server at all,
 * like the native engine.
 */
function createOfflinePgMigrationFactory(datasource = {}) {
  const real = createPgMigrationFactory(datasource);
  const fail = async () => {
    throw new Error('This operation needs a database connection (offline schema engine).');
  };
  const offline = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async queryRaw(query) {
      if (/current_setting\('server_version_num'\)/.test(query.sql)) {
        // [schema exists, version(), numeric version] — what the engine asks at start-up.
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, OFFLINE_SERVER_VERSION, OFFLINE_SERVER_VERSION_NUM]],
        };
      }
      return fail();
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return { ...real, connect: async () => offline };
}

function createPgMigrationFactory({ url, shadowDatabaseUrl } = {}) {
  const main = url ? pgConfigFromUrl(url) : null;
  const requireMain = () => {
    if (!main) throw new Error('No datasource URL: set `datasource.url` in prisma.config.ts (DATABASE_URL).');
    return main;
  };
  // Adapters handed to the engine and not disposed yet (engine.free() does not dispose them).
  const live = new Set();
  const track = (inner, pool, dispose) => {
    let done;
    const wrapped = wrapAdapter(inner, pool, () => {
      live.delete(wrapped);
      return (done ??= dispose());
    });
    live.add(wrapped);
    return wrapped;
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      const { config, schema } = requireMain();
      const { adapter, pool } = await connectAdapter(config, schema);
      return track(adapter, pool, () => adapter.dispose());
    },
    async connectToShadowDb() {
      const { config, schema } = requireMain();
      if (shadowDatabaseUrl) {
        // A configured shadow database: the engine expects it empty, like the native engine
        // which resets it first. Refuse if it is the main database.
        const shadow = pgConfigFromUrl(shadowDatabaseUrl);
        const same = ['host', 'port', 'database'].every((k) => String(shadow.config[k]) === String(config[k]));
        if (same && (shadow.schema ?? 'public') === (schema ?? 'public')) {
          throw new Error(
            'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
          );
        }
        const schemaName = shadow.schema ?? 'public';
        await withAdminClient(shadow.config, (c) =>
          c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schemaName)} CASCADE; CREATE SCHEMA ${quoteIdent(schemaName)}`),
        );
        const { adapter, pool } = await connectAdapter(shadow.config, shadow.schema);
        return track(adapter, pool, () => adapter.dispose());
      }
      // Temporary shadow database on the main server, same credentials. Built from explicit
      // fields (never a connection string, which would silently win over `database`).
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await withServerAdminClient(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const { adapter, pool } = await connectAdapter({ ...config, database: name }, schema);
      return track(adapter, pool, async () => {
        await adapter.dispose(); // end the shadow pool FIRST, then drop
        await withServerAdminClient(config, (c) => dropDatabase(c, name));
      });
    },
    /** Disposes every adapter still open (pools, temporary shadow databases). */
    async disposeAll() {
      await Promise.allSettled([...live].map((a) => a.dispose()));
    },
  };
}

// ───────────────────────────── wasm engine ─────────────────────────────

let wasmModulePromise;
let lastPanicMessage;

/** Loads and instantiates the wasm engine once (Node 20 cannot `import` a .wasm file). */
export function loadWasmEngine() {
  wasmModulePromise ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message) {
        lastPanicMessage = message;
      },
    };
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = fs.readFileSync(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    // The engine arms 10 s / 60 s timers it never clears; unref them so that in-process users
    // (migrateDeploy) can exit as soon as their own work is done.
    const imports = { ...bg };
    for (const name of Object.keys(imports)) {
      if (name.startsWith('__wbg_setTimeout_')) {
        const original = bg[name];
        imports[name] = (...args) => {
          const timer = original(...args);
          timer?.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return wasmModulePromise;
}

/**
 * Starts a wasm schema engine for a datasource.
 * The engine connects to the database while starting (it fails if the database is missing).
 * @param {{ url?: string, shadowDatabaseUrl?: string, datamodels?: [string, string][],
 *           onLog?: (line: string) => void, offline?: boolean }} options
 *   datamodels: [path, content] pairs of the Prisma schema files (or undefined);
 *   offline: no main-database connection (see createOfflineAdapterFactory).
 * @returns {Promise<{ engine: any, adapterFactory: object, close: () => Promise<void> }>}
 */
export async function openSchemaEngine({ url, shadowDatabaseUrl, datamodels, onLog, offline = false } = {}) {
  const bg = await loadWasmEngine();
  const factory = (offline ? createOfflinePgMigrationFactory : createPgMigrationFactory)({ url, shadowDatabaseUrl });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(factory);
  let engine;
  try {
    engine = await bg.SchemaEngine.new(
      { datamodels: datamodels?.length ? datamodels : undefined },
      (line) => onLog?.(line),
      adapterFactory,
    );
  } catch (error) {
    await factory.disposeAll();
    throw error;
  }
  return {
    engine,
    adapterFactory,
    /** Frees the engine and closes its connections (drops a leftover shadow database). */
    async close() {
      try {
        engine.free();
      } catch {
        /* already freed */
      }
      await factory.disposeAll();
    },
  };
}

/** Panic message recorded by the wasm engine (for error reports). */
export const takePanicMessage = () => {
  const m = lastPanicMessage;
  lastPanicMessage = undefined;
  return m;
};

// Known Prisma error codes for connection problems, with the native engine's wording.
function describePgError(error, config) {
  const at = `${config.host}:${config.port}`;
  const code = error?.code ?? error?.cause?.originalCode;
  if (code === '3D000') {
    return { error_code: 'P1003', message: `Database \`${config.database}\` does not exist on the database server at \`${at}\`.` };
  }
  if (code === '28P01' || code === '28000') {
    return {
      error_code: 'P1000',
      message: `Authentication failed against database server, the provided database credentials for \`${config.user ?? ''}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${at}\`.`,
    };
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code)) {
    return {
      error_code: 'P1001',
      message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
    };
  }
  return { message: String(error?.message ?? error) };
}

const KNOWN_MESSAGES = [
  [/^Database `[^`]*` does not exist/, 'P1003'],
  [/^Can't reach database server/, 'P1001'],
  [/^Authentication failed against database server/, 'P1000'],
];

/**
 * Turns whatever the wasm engine threw into the `error` object of a JSON-RPC response, in the
 * native engine's format (the CLI reads data.is_panic, data.message, data.error_code).
 */
function toRpcError(error, adapterFactory, datasource) {
  // Errors thrown by our JS adapter are kept in the registry; the engine only reports
  // "External error id#N". Put the original message back.
  const registry = adapterFactory?.errorRegistry;
  const registered = typeof error?.id === 'number' ? registry?.consumeError(error.id) : undefined;
  const original = registered?.error;
  if (registry && error instanceof Error && /External error id#\d+/.test(error.message)) {
    error.message = error.message.replace(/External error id#(\d+)/g, (text, id) => {
      const e = registry.consumeError(Number(id))?.error;
      return e ? String(e.message ?? e) : text;
    });
  }
  if (error instanceof WebAssembly.RuntimeError || error?.name === 'RuntimeError') {
    const message = takePanicMessage() ?? error.message;
    return { code: 4466, message, data: { is_panic: true, message, backtrace: error.stack } };
  }
  if (error && typeof error.code === 'string' && /^P\d{4}$/.test(error.code)) {
    return {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: false, message: error.message, meta: error.meta ?? {}, error_code: error.code },
    };
  }
  // Connection errors raised while the engine starts carry the native wording but no code.
  const byMessage = !original && KNOWN_MESSAGES.find(([re]) => re.test(String(error?.message ?? '')));
  if (byMessage) {
    return {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: false, message: String(error.message).trim(), meta: {}, error_code: byMessage[1] },
    };
  }
  const source = original ?? error;
  const pgCode = source?.code ?? source?.cause?.originalCode;
  if (pgCode && datasource?.url) {
    const described = describePgError(source, pgConfigFromUrl(datasource.url).config);
    if (described.error_code) {
      return {
        code: 4466,
        message: 'An error happened. Check the data field for details.',
        data: { is_panic: false, message: described.message, meta: {}, error_code: described.error_code },
      };
    }
  }
  let message = source?.message ?? String(source);
  if (source?.cause && typeof source.cause === 'object') message += `\n${JSON.stringify(source.cause)}`;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: false, message, meta: {} } };
}

// ───────────────────────────── executable ─────────────────────────────

function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--datamodels' || a === '-d') out.datamodels.push(argv[++i]);
    else if (a === '--datasource') out.datasource = JSON.parse(argv[++i]);
    else if (a === '--enabled-preview-features' || a === '--extension-types') i++;
    else out.rest.push(a);
  }
  return out;
}

/** `cli <subcommand>` mode: exit 0 on success; on failure one skipped line + JSON log lines on stderr. */
async function runCliSubcommand(command, datasource) {
  const fail = ({ message, error_code }) => {
    const line = {
      timestamp: new Date().toISOString(),
      level: 'ERROR',
      fields: { message, ...(error_code ? { error_code } : {}) },
      target: 'schema_engine::logger',
    };
    // The CLI drops the first stderr line and JSON-parses every other one: no trailing newline.
    process.stderr.write(`schema-engine-wasm stand-in: ${command} failed\n${JSON.stringify(line)}`);
    process.exit(1);
  };
  if (!datasource?.url) fail({ message: 'Missing --datasource with a url.' });
  const { config } = pgConfigFromUrl(datasource.url);
  try {
    if (command === 'can-connect-to-database') {
      await withAdminClient(config, (c) => c.query('SELECT 1'));
    } else if (command === 'create-database' || command === 'drop-database') {
      // Connect to a maintenance database of the same server, as the native engine does.
      const sql =
        command === 'create-database' ? `CREATE DATABASE ${quoteIdent(config.database)}` : `DROP DATABASE ${quoteIdent(config.database)}`;
      await withServerAdminClient(config, (c) => c.query(sql), ['postgres', 'template1']);
      process.stdout.write(`Database '${config.database}' ${command === 'create-database' ? 'created' : 'dropped'}.\n`);
    } else {
      fail({ message: `Unknown cli subcommand: ${command}` });
    }
  } catch (error) {
    fail(describePgError(error, config));
  }
  process.exit(0);
}

async function runRpcServer({ datamodels: datamodelPaths, datasource }) {
  // stdout carries JSON-RPC only: send stray library logging to stderr.
  for (const level of ['log', 'info', 'warn', 'debug']) console[level] = (...a) => console.error(...a);
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
  const debugEnabled = /schemaEngine|prisma:\*|^\*$/.test(process.env.DEBUG ?? '');

  const datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, 'utf8')]);
  // Started on first use. The wasm engine connects while starting, unlike the native one, so a
  // diff that needs no database gets its own "offline" engine (see createOfflineAdapterFactory).
  const engines = {};
  const open = (offline) =>
    (engines[offline ? 'offline' : 'online'] ??= openSchemaEngine({
      url: datasource?.url,
      shadowDatabaseUrl: datasource?.shadowDatabaseUrl,
      datamodels,
      offline,
      onLog: (line) => {
        // The engine logs JSON lines like the native binary; the CLI collects their messages
        // from stderr for error reports. Keep non-JSON noise out unless debugging.
        if (debugEnabled || String(line).startsWith('{')) process.stderr.write(`${line}\n`);
      },
    }));
  const NEEDS_SHADOW_CACHE = new Set(['evaluateDataLoss', 'createMigration']);
  const OFFLINE_DIFF_TARGETS = ['empty', 'schemaDatamodel', 'migrations'];
  const needsNoDatabase = (method, params) =>
    method === 'diff' && [params?.from?.tag, params?.to?.tag].every((t) => OFFLINE_DIFF_TARGETS.includes(t));

  // Requests we send to the CLI (only `print`), waiting for its acknowledgement.
  const pendingToCli = new Map();
  let printSeq = 0;
  const printToCli = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printSeq}`;
      pendingToCli.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const handle = async (request) => {
    const { id, method, params } = request;
    let factory;
    try {
      const { engine, adapterFactory } = await open(needsNoDatabase(method, params));
      factory = adapterFactory;
      const wasmMethod = method === 'getDatabaseVersion' ? 'version' : method;
      if (typeof engine[wasmMethod] !== 'function') {
        return send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
      }
      // Call as a method (never detach it: that breaks the wasm binding).
      const call = () => engine[wasmMethod](params ?? undefined);
      let result;
      try {
        result = await call();
      } catch (error) {
        // The wasm engine can only compute "the schema the migrations produce" (through a
        // shadow database from our adapter factory) inside diagnoseMigrationHistory with the
        // opt-in; evaluateDataLoss/createMigration reuse that cached result and fail without
        // it (e.g. `migrate dev` right after applying a pending hand-edited migration). Prime
        // the cache and retry once: both calls are read-only until they succeed.
        if (!(NEEDS_SHADOW_CACHE.has(method) && params?.migrationsList && /external factory/.test(String(error?.message)))) throw error;
        await engine.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters ?? { externalTables: [], externalEnums: [] },
        });
        result = await call();
      }
      if (method === 'diff' && result && typeof result.stdout === 'string') {
        const { stdout, ...rest } = result;
        if (stdout.length) await printToCli(stdout.replace(/\n$/, ''));
        result = rest;
      }
      send({ jsonrpc: '2.0', id, result: result === undefined ? {} : result });
    } catch (error) {
      send({ jsonrpc: '2.0', id, error: toRpcError(error, factory, datasource) });
    }
  };

  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    }
    if (msg.method === undefined) {
      // A response from the CLI (to one of our `print` requests).
      pendingToCli.get(msg.id)?.();
      pendingToCli.delete(msg.id);
      return;
    }
    queue = queue.then(() => handle(msg)); // one request at a time, like the native engine
  });
  // The CLI ends stdin to stop us; the engine keeps timers armed, so exit explicitly once the
  // queued requests are done.
  rl.on('close', () => {
    queue.finally(() => process.exit(0));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.rest.includes('--version') || args.rest.includes('-V')) {
    const bg = await loadWasmEngine();
    process.stdout.write(`schema-engine-cli ${bg.version?.() ?? 'wasm'} (wasm stand-in)\n`);
    process.exit(0);
  }
  if (args.rest.includes('--help') || args.rest.includes('-h')) {
    process.stdout.write(
      'Prisma schema-engine stand-in (wasm).\nUsage: prisma-schema-engine.mjs [--datamodels FILE]... [--datasource JSON] [cli can-connect-to-database|create-database|drop-database]\n',
    );
    process.exit(0);
  }
  const cliIdx = args.rest.indexOf('cli');
  if (cliIdx !== -1) return runCliSubcommand(args.rest[cliIdx + 1], args.datasource);
  return runRpcServer(args);
}

if (process.argv[1] && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((error) => {
    process.stderr.write(`prisma-schema-engine stand-in: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
