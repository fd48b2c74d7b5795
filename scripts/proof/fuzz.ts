// Sends the bad-input corpus over HTTP, one case at a time, and holds every answer to three rules:
// no status ≥ 500, no stack trace or internal path in the body, and — for a refused input (4xx) —
// no change in the database (row counts of every table and the sum of every version column).
import type pg from 'pg';
import { diff, snapshot } from './servers';
import { STACK_TRACE, type Case } from './corpus';

export type FuzzResult = {
  cases: number;
  byFamily: Record<string, number>;
  byStatus: Record<string, number>;
  accepted: number;
  refused: number;
  fiveXx: number;
  stackTraces: number;
  refusedWithDbChange: number;
  failures: string[];
};

export async function sendCorpus(
  c: pg.Client,
  bases: string[],
  tokenFor: (url: string) => string,
  cases: Case[],
  log: (s: string) => void,
): Promise<FuzzResult> {
  const r: FuzzResult = {
    cases: 0,
    byFamily: {},
    byStatus: {},
    accepted: 0,
    refused: 0,
    fiveXx: 0,
    stackTraces: 0,
    refusedWithDbChange: 0,
    failures: [],
  };
  let before = await snapshot(c);
  const fail = (s: string) => r.failures.length < 50 && r.failures.push(s);
  for (const [i, k] of cases.entries()) {
    const base = bases[i % bases.length]!;
    const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(k.url)}`, ...k.headers };
    let status = 0;
    let text = '';
    try {
      const res = await fetch(base + k.url, { method: k.method, headers, body: k.body as BodyInit | undefined, redirect: 'manual' });
      status = res.status;
      text = await res.text();
    } catch (e) {
      status = 599;
      text = String(e);
    }
    r.cases++;
    r.byFamily[k.family.split(':')[0]!] = (r.byFamily[k.family.split(':')[0]!] ?? 0) + 1;
    r.byStatus[status] = (r.byStatus[status] ?? 0) + 1;
    const label = `${k.family} ${k.method} ${k.url.slice(0, 120)} → ${status}`;
    if (status >= 500) {
      r.fiveXx++;
      fail(`${label}: ${text.slice(0, 200)}`);
    }
    if (STACK_TRACE.test(text)) {
      r.stackTraces++;
      fail(`${label}: stack trace ${text.match(STACK_TRACE)?.[0]}`);
    }
    if (status < 400 && k.url.includes('/import')) await importsSettled(c); // a dry run finishing in the background is not a refused case's write
    const after = await snapshot(c);
    if (status >= 400) {
      r.refused++;
      const changed = diff(before, after);
      if (changed.length) {
        r.refusedWithDbChange++;
        fail(`${label}: refused but changed ${changed.join(', ')}`);
      }
    } else r.accepted++;
    before = after;
    if ((i + 1) % 500 === 0)
      log(`corpus: ${i + 1}/${cases.length} sent, ${r.fiveXx} ≥500, ${r.stackTraces} traces, ${r.refusedWithDbChange} refused-with-change`);
  }
  return r;
}

/** Wait until no import job is queued or running (an accepted dry run finishes in the background). */
export async function importsSettled(c: pg.Client) {
  for (let i = 0; i < 120; i++) {
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM "ImportBatch" WHERE status IN ('PENDING', 'RUNNING') AND mapping IS NOT NULL`,
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
