// `npm run proof`: the app under load, faults and hostile input, on the production build, and a
// table of what was measured (also written to bench/results/proof.json). Long; not part of npm test.
//
//   npm run proof -- [--clients 50] [--seconds 60] [--hot 10] [--terminates 100] [--kills 10]
//                    [--import-rows 60000] [--import-minutes N] [--corpus 10000] [--action-corpus 2000]
//                    [--skip load,imports,corpus,sweep]
//
// Needs DATABASE_URL (a PostgreSQL server; a scratch database `tierline_proof` is created on it),
// builds into NEXT_DIST_DIR (default .next-proof) when no build is there, and starts two
// `next start` instances on PROOF_PORT and PROOF_PORT+1 (default 3190).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { SESSION_COOKIE_BASE } from '../../lib/auth/cookie';
import type { Role } from '../../lib/auth/permissions';
import { actionSchemas, buildActionCorpus } from './actions';
import { buildCorpus, SEGMENT_TABLES } from './corpus';
import { sendCorpus } from './fuzz';
import { runImportFaults } from './imports';
import { runLoad } from './load';
import { ensureBuild, freshDatabase, root, startInstance, stopInstance, token, type Instance } from './servers';
import { buildActions, runSweep } from './sweep';

function flags() {
  const a = process.argv.slice(2);
  const num = (name: string, def: number) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? Number(a[i + 1]) : def;
  };
  const skip = new Set((a[a.indexOf('--skip') + 1] ?? '').split(',').filter(() => a.includes('--skip')));
  return {
    clients: num('clients', 50),
    seconds: num('seconds', 60),
    hot: num('hot', 10),
    terminates: num('terminates', 100),
    kills: num('kills', 10),
    importRows: num('import-rows', 60_000),
    importMinutes: num('import-minutes', 0),
    corpus: num('corpus', 10_000),
    actionCorpus: num('action-corpus', 2_000),
    skip,
  };
}

const log = (s: string) => console.log(`[proof] ${s}`);

async function main() {
  const f = flags();
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('DATABASE_URL (a PostgreSQL server) is required');
  const started = Date.now();
  ensureBuild();
  const url = await freshDatabase(server, process.env.PROOF_DB_NAME ?? 'tierline_proof');
  const port = Number(process.env.PROOF_PORT ?? 3190);
  const instances: Instance[] = [];
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out: Record<string, unknown> = { startedAt: new Date(started).toISOString(), flags: { ...f, skip: [...f.skip] } };
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const save = () => writeFileSync(path.join(dir, process.env.PROOF_OUT ?? 'proof.json'), JSON.stringify(out, null, 2) + '\n');
  // each phase on its own: one that throws is recorded as such and the others still run
  const phase = async (name: string, run: () => Promise<unknown>) => {
    if (f.skip.has(name)) return;
    try {
      out[name] = await run();
    } catch (e) {
      out[`${name}Error`] = String(e instanceof Error ? e.stack : e);
      log(`${name} failed: ${e instanceof Error ? e.message : e}`);
    }
    save();
  };
  try {
    instances.push(await startInstance('A', port, url), await startInstance('B', port + 1, url));
    log(`instances up on ${port} and ${port + 1}`);
    const tok = async (email: string) => token(instances[0]!.base, email);
    const admin = await tok('admin@tierline.local');

    await phase('load', async () => {
      const vrb = await tok('finance@tierline.local');
      // one admin user per client in the scratch database (the demo admin's password), each with its own token
      await c.query(
        `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt")
         SELECT 'proof-client-' || g || '@tierline.local', '부하 ' || g, u."passwordHash", ARRAY['ADMIN']::"Role"[], now()
           FROM generate_series(1, $1) g, "User" u WHERE u.email = 'admin@tierline.local'
         ON CONFLICT (email) DO NOTHING`,
        [f.clients],
      );
      // their tokens straight into the scratch database (fifty sign-ins from one address would meet
      // the sign-in throttle, which is not what this phase measures)
      const clients: string[] = [];
      for (let k = 1; k <= f.clients; k++) {
        const secret = `tl_${randomBytes(32).toString('base64url')}`;
        await c.query(`INSERT INTO "ApiToken" ("userId", name, "tokenHash") SELECT id, 'proof', $1 FROM "User" WHERE email = $2`, [
          createHash('sha256').update(secret).digest('hex'),
          `proof-client-${k}@tierline.local`,
        ]);
        clients.push(secret);
      }
      return runLoad(c, instances, { admin, vrb, clients }, { clients: f.clients, seconds: f.seconds, hot: f.hot, log });
    });
    await phase('sweep', async () => {
      const { rows } = await c.query<{ email: string; roles: Role[] }>(
        `SELECT email, roles::text[] AS roles FROM "User" WHERE "disabledAt" IS NULL AND email NOT LIKE 'proof-client-%' ORDER BY email`,
      );
      // a token for the API, and a session (the cookie a browser holds) for the pages' own routes,
      // which a bearer token never reaches (the proxy sends a cookieless request to sign-in)
      const users = [];
      for (const u of rows) {
        const session = randomBytes(32).toString('hex');
        await c.query(
          `INSERT INTO "Session" ("sessionToken", "userId", expires) SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = $2`,
          [session, u.email],
        );
        users.push({ email: u.email, role: u.roles, token: await tok(u.email), cookie: `${SESSION_COOKIE_BASE}=${session}` });
      }
      const { rows: opp } = await c.query(
        `SELECT o.id, o.version FROM "Opportunity" o JOIN "User" u ON u.id = o."ownerId" WHERE u.email = 'rep1@tierline.local' AND o.outcome = 'OPEN' LIMIT 1`,
      );
      return runSweep(c, instances[1]!.base, users, {
        repToken: users.find((u) => u.email === 'rep2@tierline.local')!.token,
        foreignOppId: opp[0].id,
        foreignVersion: opp[0].version,
      });
    });
    await phase('corpus', async () => {
      const doc = await (await fetch(`${instances[0]!.base}/api/v1/openapi.json`)).json();
      const real: Record<string, string> = {};
      for (const [seg, table] of Object.entries(SEGMENT_TABLES)) {
        const { rows } = await c.query(`SELECT id::text FROM "${table}" LIMIT 1`).catch(() => ({ rows: [] as { id: string }[] }));
        if (rows[0]) real[seg] = rows[0].id;
      }
      const ids = (template: string) => real[template.split('/')[3] ?? ''];
      const cases = await buildCorpus(doc, f.corpus, ids);
      log(`corpus: ${cases.length} cases over ${Object.keys(doc.paths).length} paths`);
      // and the server actions, as the signed-in admin's browser calls them (a session of its own)
      const session = randomBytes(32).toString('hex');
      await c.query(
        `INSERT INTO "Session" ("sessionToken", "userId", expires) SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = 'admin@tierline.local'`,
        [session],
      );
      const realOf: Record<string, string> = {};
      for (const table of [
        'Opportunity',
        'VrbReview',
        'VrbFinding',
        'Lead',
        'PaymentMilestone',
        'User',
        'Team',
        'Contact',
        'Account',
        'Competitor',
        'Expert',
        'Postmortem',
        'ActionItem',
        'ApiToken',
      ]) {
        const { rows } = await c.query(`SELECT id::text FROM "${table}" LIMIT 1`).catch(() => ({ rows: [] as { id: string }[] }));
        if (rows[0]) realOf[table] = rows[0].id;
      }
      const actions = buildActions();
      const actionCases = buildActionCorpus(
        actions,
        await actionSchemas(),
        f.actionCorpus,
        (t) => realOf[t],
        `${SESSION_COOKIE_BASE}=${session}`,
      );
      log(`corpus: ${actionCases.length} cases over ${actions.length} server actions`);
      cases.push(...actionCases);
      return sendCorpus(
        c,
        instances.map((i) => i.base),
        () => admin,
        cases,
        log,
      );
    });
    await phase('imports', async () => {
      const marketer = () => token(instances.find((i) => i.proc.exitCode === null)!.base, 'marketer@tierline.local');
      return runImportFaults(c, instances, marketer, {
        terminates: f.terminates,
        kills: f.kills,
        rows: f.importRows,
        minutes: f.importMinutes || undefined,
        databaseUrl: url,
        log,
      });
    });
  } finally {
    for (const i of instances) await stopInstance(i).catch(() => undefined);
    await c.end();
  }
  out.seconds = Math.round((Date.now() - started) / 1000);
  save();
  printTable(out);
  const bad = verdicts(out).filter((v) => !v.ok);
  if (bad.length || Object.keys(out).some((k) => k.endsWith('Error'))) process.exitCode = 1;
}

type V = { what: string; figure: string; ok: boolean };
function verdicts(o: Record<string, unknown>): V[] {
  const v: V[] = [];
  const check = (what: string, figure: string, ok: boolean) => v.push({ what, figure, ok });
  const info = (what: string, figure: string) => check(what, figure, true); // a figure to read, no target
  const none = (what: string, n: number) => check(what, String(n), n === 0); // a count that must be 0
  const load = o.load as import('./load').LoadResult | undefined;
  if (load) {
    info('load: requests / writes / conflicts (409)', `${load.requests} / ${load.writes} / ${load.conflicts}`);
    for (const [op, s] of Object.entries(load.ops))
      check(`load: ${op} ok / 409 / other · p50 / p95 ms`, `${s.ok} / ${s.conflict} / ${s.other} · ${s.p50} / ${s.p95}`, s.other === 0);
    check(
      'load: successes = version increments = history = audit',
      `${load.writes - load.findingRows} = ${load.versionIncrements}, moves→history ${load.historyRows}, audit ${load.auditRows}`,
      load.agree,
    );
    none('load: lost updates', load.lostUpdates);
    none('load: 5xx', load.fiveXx);
  }
  const imp = o.imports as import('./imports').ImportFaultResult | undefined;
  if (imp) {
    const points = imp.terminatePoints + imp.killPoints;
    check(
      'imports: fault points survived (terminate + kill -9)',
      `${imp.faultsSurvived} of ${points} (${imp.faultsMissed} struck nothing: the job had ended or held no connection)`,
      imp.faultsSurvived === points,
    );
    none('imports: partial rows seen', imp.partialRowsSeen);
    check(
      'imports: exact final counts / re-import no-op',
      `${imp.exactFinalCounts}/${imp.rounds} · ${imp.reimportNoOps}/${imp.rounds}`,
      imp.exactFinalCounts === imp.rounds && imp.reimportNoOps === imp.rounds,
    );
    info('imports: resumed by the other instance after kill -9', `${imp.resumedElsewhere}`);
  }
  const cor = o.corpus as import('./fuzz').FuzzResult | undefined;
  if (cor) {
    info('corpus: cases (accepted / refused)', `${cor.cases} (${cor.accepted} / ${cor.refused})`);
    none('corpus: responses ≥ 500', cor.fiveXx);
    check(
      'corpus: server actions answering INTERNAL (their 500) / unclassified',
      `${cor.actionInternal ?? '–'} / ${cor.actionUnclassified ?? '–'}`,
      !cor.actionInternal,
    );
    none('corpus: stack traces', cor.stackTraces);
    none('corpus: refused inputs that changed the database', cor.refusedWithDbChange);
  }
  const sw = o.sweep as import('./sweep').SweepResult | undefined;
  if (sw) {
    info('sweep: route files / handlers / use-server exports', `${sw.routes} / ${sw.handlers} / ${sw.actions}`);
    info(
      'sweep: calls · anonymous / wrong role / other rep / actions refused',
      `${sw.calls} · ${sw.anonymousRefused} / ${sw.wrongRoleRefused} / ${sw.otherRepRefused} / ${sw.actionsRefused}`,
    );
    check('sweep: leaks (allowed, or wrote) / 5xx', `${sw.leaks} / ${sw.fiveXx}`, sw.leaks === 0 && sw.fiveXx === 0);
  }
  return v;
}

function printTable(o: Record<string, unknown>) {
  const rows = verdicts(o);
  const w = Math.max(...rows.map((r) => r.what.length));
  console.log('\n' + 'check'.padEnd(w) + '  result');
  for (const r of rows) console.log(`${r.what.padEnd(w)}  ${r.ok ? '✓' : '✗'} ${r.figure}`);
  for (const k of ['load', 'imports', 'corpus', 'sweep'] as const) {
    const failures = (o[k] as { failures?: string[] } | undefined)?.failures ?? [];
    if (failures.length) console.log(`\n${k} failures (first ${Math.min(10, failures.length)}):\n  ${failures.slice(0, 10).join('\n  ')}`);
  }
  console.log(`\nwritten: bench/results/${process.env.PROOF_OUT ?? 'proof.json'} (${o.seconds} s)`);
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
