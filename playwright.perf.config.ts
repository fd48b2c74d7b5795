import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Browser-measured performance (board render time, drag INP): a benchmark, not a test — run by
// `npm run bench -- board-ui`, never by `npm test`, so a busy machine cannot fail the suite.
export default defineConfig({
  ...base,
  testDir: 'tests/perf',
  testMatch: '**/*.perf.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
});
