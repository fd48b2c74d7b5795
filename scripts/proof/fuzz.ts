// Sends the bad-input corpus over HTTP, one case at a time, and holds every answer to three rules:
// no status ≥ 500, no stack trace or internal path in the body, and — for a refused input (4xx) —
// no change in the database (row counts of every table and the sum of every version column).
import net from 'node:net';
import type pg from 'pg';
import { diff, snapshot } from './servers';
import { STACK_TRACE, type Case } from './corpus';
import { actionOutcome } from './actions';

export type FuzzResult = {
  cases: number;
  byFamily: Record<string, number>;
  byStatus: Record<string, number>;
  accepted: number;
  refused: number;
  fiveXx: number;
  /** server actions that answered { ok: false, code: 'INTERNAL' } (an action's 500) */
  actionInternal: number;
  /** server-action answers that were neither { ok: true } nor { ok: false } (a page, a redirect) */
  actionUnclassified: number;
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
    actionInternal: 0,
    actionUnclassified: 0,
    stackTraces: 0,
    refusedWithDbChange: 0,
    failures: [],
  };
  let before = await snapshot(c);
  const fail = (s: string) => {
    if (r.failures.length < 20) log(`  ✗ ${s}`); // as they happen: a long run shows its findings early
    return r.failures.length < 50 && r.failures.push(s);
  };
  for (const [i, k] of cases.entries()) {
    const base = bases[i % bases.length]!;
    const action = k.family.startsWith('action');
    // a server action is called as a browser calls it: the session cookie (in the case) and the page's own origin
    const headers: Record<string, string> = action
      ? { ...k.headers, origin: base }
      : { authorization: `Bearer ${tokenFor(k.url)}`, ...k.headers };
    let status = 0;
    let text = '';
    try {
      // a declared Content-Length that is not the body's: fetch refuses to send it (the case never
      // reached the server, and its own TypeError was counted as the server's 599 and stack trace);
      // it goes over a socket as written, the body, then the end of the client's side
      const res = 'content-length' in headers ? await rawRequest(base, k.method, k.url, headers, k.body) : await viaFetch(base, k, headers);
      status = res.status;
      text = res.text;
    } catch (e) {
      status = 599; // no answer at all: counted as ≥ 500, its text (the client's own error) not searched for traces
      text = String(e);
    }
    r.cases++;
    const fam = action ? k.family.split(' ')[0]! : k.family.split(':')[0]!;
    r.byFamily[fam] = (r.byFamily[fam] ?? 0) + 1;
    r.byStatus[status] = (r.byStatus[status] ?? 0) + 1;
    const label = `${k.family} ${k.method} ${k.url.slice(0, 120)} → ${status}`;
    if (status >= 500) {
      r.fiveXx++;
      fail(`${label}: ${text.slice(0, 200)}`);
    }
    if (status !== 599 && STACK_TRACE.test(text)) {
      r.stackTraces++;
      fail(`${label}: stack trace ${text.match(STACK_TRACE)?.[0]}`);
    }
    const outcome = action ? actionOutcome(text) : null;
    if (outcome === 'internal') {
      r.actionInternal++;
      fail(`${label}: action INTERNAL ${text.slice(0, 200)}`);
    }
    if (outcome === 'other' && status < 400) r.actionUnclassified++;
    if (status < 400 && (k.url.includes('/import') || action)) await importsSettled(c); // a dry run finishing in the background is not a refused case's write
    const after = await snapshot(c);
    if (status >= 400 || outcome === 'refused' || outcome === 'internal') {
      r.refused++;
      const changed = diff(before, after);
      if (changed.length) {
        r.refusedWithDbChange++;
        fail(`${label}: refused but changed ${changed.join(', ')}`);
      }
    } else r.accepted++;
    before = after;
    if ((i + 1) % 500 === 0)
      log(
        `corpus: ${i + 1}/${cases.length} sent, ${r.fiveXx} ≥500, ${r.actionInternal} action INTERNAL, ${r.stackTraces} traces, ${r.refusedWithDbChange} refused-with-change`,
      );
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

async function viaFetch(base: string, k: Case, headers: Record<string, string>) {
  const res = await fetch(base + k.url, { method: k.method, headers, body: k.body as BodyInit | undefined, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

/** One request over a plain socket, headers exactly as given; the client's side ends after the body. */
export function rawRequest(
  base: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  timeoutMs = 30_000,
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const s = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error(`no answer in ${timeoutMs} ms`));
    }, timeoutMs);
    s.on('data', (d) => chunks.push(d));
    s.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    s.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
      if (!m) return reject(new Error(`no HTTP answer: ${JSON.stringify(raw.slice(0, 80))}`));
      resolve({ status: Number(m[1]), text: raw.slice(raw.indexOf('\r\n\r\n') + 4) });
    });
    const head = Object.entries({ host: `${hostname}:${port}`, connection: 'close', ...headers })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n');
    s.write(`${method} ${url} HTTP/1.1\r\n${head}\r\n\r\n`);
    s.end(body === undefined ? '' : typeof body === 'string' ? Buffer.from(body) : Buffer.from(body));
  });
}
