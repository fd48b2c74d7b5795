import type pg from 'pg';

// The one handle for raw SQL run straight through the pg pool (ADR 010): the pool itself or a
// client checked out of it. Only lib/db/queries/* and lib/db/* take it; everything else in the
// app reaches the database through the Prisma client (`Db`, lib/db/client.ts), whose `$queryRaw`
// runs SQL inside the caller's transaction.
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;
