import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, db as rootDb, type Db } from './client';
import { lazy } from './lazy';

// A plain pg pool for the hot paths (bulk import, inbox keyset pages, report aggregation) whose
// SQL lives in lib/db/queries. Everything else goes through Prisma.
const g = globalThis as unknown as { pgPool?: pg.Pool };
function createPool() {
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: Number(process.env.DB_POOL_MAX ?? 10) });
  // an idle pooled connection killed by the server must not crash the process
  pool.on('error', (err) =>
    console.warn(JSON.stringify({ level: 40, app: 'tierline', msg: 'idle database connection lost', err: err.message })),
  );
  return pool;
}

/**
 * A client checked out for a long job (import writers, COPY): a connection the server kills
 * while the client is checked out emits 'error' on the client, which without a listener would
 * take the whole process down; the failure still reaches the job through its pending query.
 */
export async function connectForJob(pool: pg.Pool): Promise<pg.PoolClient> {
  const c = await pool.connect();
  if (!c.listenerCount('error')) c.on('error', () => undefined);
  return c;
}

// Created on first use (the build imports modules without a database): don't touch it at import time.
export const pgPool: pg.Pool = g.pgPool ?? lazy(createPool);
if (process.env.NODE_ENV === 'development') g.pgPool = pgPool;

// The reads behind every page (the nav counts, the work list): named prepared statements on a
// small pool of their own. Through Prisma's raw query path each cost ~4 ms of Node CPU more than
// through pg (the 1M-row work bench: 5.3 vs 1.3 ms per work-list statement), and an unnamed
// statement is parsed and planned on every call (7 ms of planning for the work list). A named
// statement is parsed once per connection and — this pool's connections run with
// plan_cache_mode = force_generic_plan — planned once: its SQL must have a plan that is right for
// any parameter values (per-owner index ranges, no estimate-dependent choices; checked with
// EXPLAIN (ANALYZE) of EXECUTE in scripts/bench/explain-work.ts). Only statements written for it
// go through readQuery; everything else keeps the pools above.
const h = globalThis as unknown as { readPool?: pg.Pool };
function createReadPool() {
  const pool = new pg.Pool({
    connectionString: databaseUrl(),
    max: Number(process.env.DB_READ_POOL_MAX ?? 4),
    options: '-c plan_cache_mode=force_generic_plan',
  });
  pool.on('error', (err) =>
    console.warn(JSON.stringify({ level: 40, app: 'tierline', msg: 'idle database connection lost', err: err.message })),
  );
  return pool;
}
export const readPool: pg.Pool = h.readPool ?? lazy(createReadPool);
if (process.env.NODE_ENV === 'development') h.readPool = readPool;

const names = new Map<string, string>();
/** A stable statement name per SQL text (the same text always gets the same plan on a connection). */
function statementName(text: string) {
  let n = names.get(text);
  if (!n) {
    n = `tl_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size > 1000) names.clear();
    names.set(text, n);
  }
  return n;
}

/**
 * Run `sql` as a named prepared statement on the read pool when `db` is the app's Prisma client —
 * any other handle (a transaction client: the read must see the transaction's own writes) runs it
 * through Prisma.
 */
export async function readQuery<T>(db: Db, sql: { text: string; values: unknown[] }): Promise<T[]> {
  if (db !== rootDb) return db.$queryRawUnsafe<T[]>(sql.text, ...sql.values);
  const { rows } = await readPool.query({ name: statementName(sql.text), text: sql.text, values: sql.values });
  return rows as T[];
}
