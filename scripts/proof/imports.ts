// Import faults: a lead import through POST /api/v1/leads/import on one instance, then faults at
// random moments — pg_terminate_backend of the import's connections, or kill -9 of the instance
// running it. At every fault: no partial chunk visible (the leads of the batch = what its
// committed chunks say they created). Then the job resumes (the lost connection requeues it; a
// killed instance's lease runs out and the OTHER instance takes it); final counts exact; the same
// file again is a no-op.
import type pg from 'pg';
import { startInstance, stopInstance, type Instance } from './servers';

export type ImportFaultResult = {
  rounds: number;
  rowsPerImport: number;
  terminatePoints: number;
  killPoints: number;
  faultsSurvived: number;
  /** faults that struck nothing: the job had ended, or (a termination) no connection of it was open */
  faultsMissed: number;
  connectionsTerminated: number;
  partialRowsSeen: number;
  exactFinalCounts: number;
  reimportNoOps: number;
  resumedElsewhere: number;
  failures: string[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function csv(round: number, rows: number) {
  const lines = ['email,company,name'];
  for (let i = 0; i < rows; i++) lines.push(`r${round}x${i}@fault.co.kr,회사${i},사람${i}`);
  return lines.join('\n') + '\n';
}

async function post(inst: Instance, token: string, body: string) {
  const r = await fetch(`${inst.base}/api/v1/leads/import?wait=0`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'x-file-name': 'fault.csv' },
    body,
  });
  if (r.status !== 200 && r.status !== 202) throw new Error(`import upload: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { batchId: string }).batchId;
}

async function batch(c: pg.Client, id: string) {
  const { rows } = await c.query(
    `SELECT b.status, b.created, b.updated, b.skipped, b.failed, b.processed,
            (SELECT count(*)::int FROM "Lead" l WHERE l."importBatchId" = b.id) AS leads,
            (SELECT coalesce(sum(created), 0)::int FROM "ImportChunk" k WHERE k."batchId" = b.id) AS chunked
       FROM "ImportBatch" b WHERE b.id = $1`,
    [id],
  );
  return rows[0] as { status: string; created: number; updated: number; skipped: number; failed: number; leads: number; chunked: number };
}

async function waitDone(c: pg.Client, id: string, seconds: number) {
  const end = Date.now() + seconds * 1000;
  let b = await batch(c, id);
  while (b.status !== 'DONE' && b.status !== 'FAILED' && Date.now() < end) {
    await sleep(500);
    b = await batch(c, id);
  }
  return b;
}

export async function runImportFaults(
  c: pg.Client,
  instances: Instance[],
  adminToken: () => Promise<string>,
  opts: { terminates: number; kills: number; rows: number; databaseUrl: string; log: (s: string) => void; minutes?: number },
): Promise<ImportFaultResult> {
  const res: ImportFaultResult = {
    rounds: 0,
    rowsPerImport: opts.rows,
    terminatePoints: opts.terminates,
    killPoints: opts.kills,
    faultsSurvived: 0,
    faultsMissed: 0,
    connectionsTerminated: 0,
    partialRowsSeen: 0,
    exactFinalCounts: 0,
    reimportNoOps: 0,
    resumedElsewhere: 0,
    failures: [],
  };
  // the faults, shuffled into rounds of up to 3 terminations and at most one kill each
  // the faults still to strike: one that struck nothing (the job had ended, or held no connection at
  // that moment) is tried again in a later round, so the figures are faults that really struck
  let terms = opts.terminates;
  let kills = opts.kills;
  const stopAt = opts.minutes ? Date.now() + opts.minutes * 60_000 : Infinity;
  let token = await adminToken();
  while ((terms > 0 || kills > 0) && res.rounds < 3 * (opts.terminates + opts.kills)) {
    if (Date.now() > stopAt) {
      res.failures.push(`stopped after ${opts.minutes} min (--import-minutes): ${terms} terminations and ${kills} kills not struck`);
      break;
    }
    const round = ++res.rounds;
    const t = Math.min(3, terms);
    const k = kills > 0 && (terms <= 3 * kills || Math.random() < 0.5) ? 1 : 0;
    const file = csv(round, opts.rows);
    const owner = instances[round % instances.length]!;
    const id = await post(owner, token, file);
    opts.log(`import round ${round}: batch ${id.slice(0, 8)} on ${owner.name}, ${t} terminations, ${k} kill`);
    const faults = [...Array(t).fill('terminate'), ...Array(k).fill('kill')] as ('terminate' | 'kill')[];
    for (const f of faults) {
      // wait until the job is really writing, then strike after a random moment
      const end = Date.now() + 60_000;
      while (Date.now() < end) {
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%INSERT INTO "Lead"%'`,
        );
        const b = await batch(c, id);
        if (rows[0].n > 0 || b.status === 'DONE') break;
        await sleep(100);
      }
      await sleep(Math.random() * 1500);
      const before = await batch(c, id);
      if (before.status === 'DONE') {
        res.faultsMissed++;
        continue;
      }
      if (f === 'terminate') {
        const { rows: hit } = await c.query(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND (query LIKE '%INSERT INTO "Lead"%' OR query LIKE '%ImportChunk%' OR query LIKE '%ImportRowError%')`,
        );
        // a termination that found no connection of the job is not a fault point survived
        if (!hit.some((h) => h.ok)) {
          res.faultsMissed++;
          continue;
        }
        res.connectionsTerminated += hit.filter((h) => h.ok).length;
      } else {
        const victim = instances.find((i) => i.proc.exitCode === null && i.proc.signalCode === null && i === owner) ?? owner;
        await stopInstance(victim, 'SIGKILL');
        opts.log(`  kill -9 ${victim.name}; waiting for the other instance to take the job over`);
      }
      const after = await batch(c, id);
      if (after.status !== 'DONE' && after.leads !== after.chunked) {
        res.partialRowsSeen++;
        res.failures.push(`round ${round}: ${after.leads} leads visible, committed chunks say ${after.chunked}`);
      }
      if (f === 'kill') {
        const done = await waitDone(c, id, 120);
        if (done.status === 'DONE') res.resumedElsewhere++;
        const idx = instances.indexOf(owner);
        instances[idx] = await startInstance(owner.name, owner.port, opts.databaseUrl);
        token = await adminToken();
      }
      res.faultsSurvived++;
      if (f === 'terminate') terms--;
      else kills--;
    }
    const done = await waitDone(c, id, 180);
    const exact = done.status === 'DONE' && done.created === opts.rows && done.updated === 0 && done.skipped === 0 && done.failed === 0;
    const leads = (await c.query(`SELECT count(*)::int AS n FROM "Lead" WHERE email LIKE $1`, [`r${round}x%@fault.co.kr`])).rows[0].n;
    if (exact && leads === opts.rows) res.exactFinalCounts++;
    else res.failures.push(`round ${round}: ${JSON.stringify(done)} with ${leads} leads`);
    // the same file again, on the other instance: nothing to write
    const again = await post(instances[(round + 1) % instances.length]!, token, file);
    const d2 = await waitDone(c, again, 180);
    if (d2.status === 'DONE' && d2.created === 0 && d2.updated === 0 && d2.skipped === opts.rows) res.reimportNoOps++;
    else res.failures.push(`round ${round} re-import: ${JSON.stringify(d2)}`);
  }
  return res;
}
