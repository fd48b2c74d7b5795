import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from './generated/client';
import { lazy } from './lazy';

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  return url;
}

const create = () =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), max: Number(process.env.DB_POOL_MAX ?? 10) }),
    // syncXid is bookkeeping for the as-of index (a bigint JSON cannot carry): never read it by default
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true }, opportunity: { syncXid: true }, tierChange: { syncXid: true } },
    // Prisma's defaults (2 s to get a connection, 5 s per interactive transaction) turned a busy
    // minute into HTTP 500s: 50 clients on 10 hot deals queue on the row locks (issue 15's proof).
    // A write waits its turn instead (overridable: DB_TX_MAX_WAIT_MS, DB_TX_TIMEOUT_MS).
    transactionOptions: {
      maxWait: Number(process.env.DB_TX_MAX_WAIT_MS ?? 20_000),
      timeout: Number(process.env.DB_TX_TIMEOUT_MS ?? 30_000),
    },
  });

const g = globalThis as unknown as { prisma?: ReturnType<typeof create> };
export const db = g.prisma ?? lazy(create);
// cache across hot reloads in dev only: test workers run several files with different databases
if (process.env.NODE_ENV === 'development') g.prisma = db;

export type DbClient = typeof db; // has $transaction
export type Db = DbClient | Prisma.TransactionClient; // what query functions accept
