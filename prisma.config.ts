// Prisma 7 configuration. Prisma 7 does not read `.env`: DATABASE_URL comes from the
// environment (scripts/start.mjs sets it to the embedded PostgreSQL when unset).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// The native schema engine cannot be downloaded here: point the CLI at the wasm-based
// stand-in (scripts/prisma-schema-engine.mjs). Only when unset, so a real binary still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'scripts', 'prisma-schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // Harmless default so `prisma generate` / `validate` work without a database.
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tierline',
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
