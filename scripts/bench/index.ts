// `npm run bench`: each feature's benchmark against a baseline run in the same process, on a
// scratch database (DATABASE_URL's server, else an embedded PostgreSQL under .data/pg-bench).
// Usage: npm run bench [-- leads|tiers|report|board-ui|vrb|csv|work|pipeline-import|tools ...]   (default: all). BENCH_SCALE=0.1 for a smaller run.
//        npm run bench -- --quick   a CI-sized check (< 2 min): the fast benchmarks at BENCH_SCALE 0.02.
// Every run writes bench/results/latest.json: per benchmark its exit status, seconds and report lines.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

const QUICK = ['csv', 'tiers', 'work'];

async function main() {
  const quick = process.argv.includes('--quick');
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : quick ? QUICK : Object.keys(MODULES);
  if (quick) process.env.BENCH_SCALE ??= '0.02';
  let stop: (() => Promise<void>) | undefined;
  let server = process.env.DATABASE_URL;
  if (!server) {
    const emb = await startEmbeddedDb({ dataDir: '.data/pg-bench', port: Number(process.env.BENCH_PG_PORT ?? 54359) });
    server = emb.url as string;
    stop = emb.stop;
  }
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  try {
    if (!process.env.BENCH_CHILD) {
      // each benchmark in its own process: module-level pools bind to the first database they see
      const results: Record<string, { ok: boolean; seconds: number; lines: string[] }> = {};
      for (const name of names) {
        const t = Date.now();
        const r = spawnSync(path.join(import.meta.dirname, '../../node_modules/.bin/tsx'), [import.meta.filename, name], {
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, DATABASE_URL: server, BENCH_CHILD: '1' },
          maxBuffer: 64 * 1024 * 1024,
        });
        const out = r.stdout?.toString() ?? '';
        process.stdout.write(out);
        results[name] = { ok: r.status === 0, seconds: Math.round((Date.now() - t) / 100) / 10, lines: out.split('\n').filter(Boolean) };
        if (r.status !== 0) process.exitCode = 1;
      }
      const dir = path.join(import.meta.dirname, '../../bench/results');
      mkdirSync(dir, { recursive: true });
      const report = { at: new Date().toISOString(), quick, scale: Number(process.env.BENCH_SCALE ?? 1), results };
      writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
      console.log(`\nwritten: bench/results/latest.json`);
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
