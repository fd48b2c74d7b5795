import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The import benchmarks' raw baseline: in one transaction, COPY the CSV file into a temporary
 * table `stage` of `columns` (its header skipped), then `load` it set-based; the rows `load` wrote.
 */
export async function stagedCopy(pool: pg.Pool, file: string, columns: string, load: (c: pg.PoolClient) => Promise<number>) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`CREATE TEMP TABLE stage (${columns}) ON COMMIT DROP`);
    await pipeline(createReadStream(file), c.query(copyFrom(`COPY stage FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const written = await load(c);
    await c.query('COMMIT');
    return written;
  } finally {
    c.release();
  }
}
