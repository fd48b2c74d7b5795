// `npm run bench`: each feature's benchmark against a baseline run in the same process, on a
// scratch database (DATABASE_URL's server, else an embedded PostgreSQL under .data/pg-bench).
// Usage: npm run bench [-- leads|tiers|report|board-ui|vrb|csv|tools ...]   (default: all). BENCH_SCALE=0.1 for a quick run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { migrateDeploy } from '../db-tools.mjs';
import { startEmbeddedDb } from '../embedded-db.mjs';
import type { BenchContext, BenchModule } from './types';

const MODULES: Record<string, () => Promise<BenchModule>> = {
  leads: () => import('./leads'),
  tiers: () => import('./tiers'),
  report: () => import('./report'),
  'board-ui': () => import('./board-ui'),
  vrb: () => import('./vrb'),
  work: () => import('./work'),
  'pipeline-import': () => import('./pipeline-import'),
  csv: () => import('./csv-parser'),
  tools: () => import('./tools'),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(MODULES);
  let stop: (() => Promise<void>) | undefined;
  let server = process.env.DATABASE_URL;
  if (!server) {
    const emb = await startEmbeddedDb({ dataDir: '.data/pg-bench', port: Number(process.env.BENCH_PG_PORT ?? 54359) });
    server = emb.url as string;
    stop = emb.stop;
  }
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  try {
    if (names.length > 1) {
      // each benchmark in its own process: module-level pools bind to the first database they see
      for (const name of names) {
        const r = spawnSync(path.join(import.meta.dirname, '../../node_modules/.bin/tsx'), [import.meta.filename, name], {
          stdio: 'inherit',
          env: { ...process.env, DATABASE_URL: server },
        });
        if (r.status !== 0) process.exitCode = 1;
      }
      return;
    }
    for (const name of names) {
      const load = MODULES[name];
      if (!load) throw new Error(`unknown benchmark ${name}; have ${Object.keys(MODULES).join(', ')}`);
      const url = new URL(server);
      const dbName = `tierline_bench_${name.replace(/\W/g, '_')}`;
      url.pathname = `/${dbName}`;
      const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      await migrateDeploy(url.toString());
      process.env.DATABASE_URL = url.toString();
      const ctx: BenchContext = { databaseUrl: url.toString(), scale, log: (line) => console.log(`[${name}] ${line}`) };
      console.log(`\n=== ${name} ===`);
      const mod = await load();
      await mod.bench(ctx);
    }
  } finally {
    if (stop) await stop();
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
