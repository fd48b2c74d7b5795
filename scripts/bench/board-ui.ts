import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BenchContext } from './types';

// The browser numbers (tests/perf/*.perf.ts, in Chromium against the production build — run
// `npm run build` first): issue 4's tier board with 2,000 open cards renders its first card within
// 1 s (baseline: the same page with an empty board) and a drag stays smooth (INP ≤ 100 ms, from
// the browser's Event Timing entries); issue 12's power map of 60 people drawn ≤ 300 ms from the
// navigation's start (baseline: the same page without a map) with a drag INP ≤ 100 ms.
export async function bench(ctx: BenchContext) {
  const root = path.resolve(import.meta.dirname, '../..');
  const r = spawnSync(path.join(root, 'node_modules/.bin/playwright'), ['test', '-c', 'playwright.perf.config.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: ctx.databaseUrl,
      E2E_DB_NAME: 'tierline_bench_board_ui_e2e',
      E2E_PORT: process.env.BENCH_UI_PORT ?? '3190',
    },
    encoding: 'utf8',
  });
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    if (/first card at|INP|power map|baseline|passed|failed|Error/.test(line)) ctx.log(line.trim());
  }
  if (r.status !== 0) ctx.log('board-ui: a target was missed (see above)');
}
