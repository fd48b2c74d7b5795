import 'server-only';
import pg from 'pg';
import { databaseUrl } from './client';
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
