import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'tests/setup/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/global-setup.ts'],
          // every apiRoute answer in every integration test is held to the served OpenAPI document
          // (tests/setup/contract-everywhere.ts): the document cannot drift from the code (issue 15)
          setupFiles: ['tests/setup/db-setup.ts', 'tests/setup/contract-everywhere.ts'],
          testTimeout: 30_000,
          // next-auth imports 'next/server' without an extension: let Vite resolve it
          server: { deps: { inline: ['next-auth'] } },
          hookTimeout: 60_000,
          // each file gets its own database cloned from the template, so files run in parallel
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
});
