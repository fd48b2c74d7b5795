// Load: N clients × S seconds on hot opportunities through real HTTP, spread over both instances:
// PATCH with version, tier moves (down and back up), VRB findings. Afterwards the database must
// agree with the clients: successes = version increments = history rows = audit rows.
import type pg from 'pg';
import { percentile, type Instance } from './servers';

type Op = 'patch' | 'tier' | 'finding';
export type LoadResult = {
  clients: number;
  seconds: number;
  hot: number;
  requests: number;
  byStatus: Record<string, number>;
  ops: Record<Op, { ok: number; conflict: number; other: number; p50: number; p95: number }>;
  writes: number;
  conflicts: number;
  refusalsNot409: number;
  fiveXx: number;
  versionIncrements: number;
  historyRows: number;
  auditRows: number;
  findingRows: number;
  lostUpdates: number;
  agree: boolean;
};

type Hot = { id: string; base: number; v0: number; h0: number; a0: number; patches: number; moves: number };

const auth = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json', 'accept-language': 'en' });

async function state(c: pg.Client, ids: string[]) {
  const { rows } = await c.query(
    `SELECT o.id, o.version, o.tier,
            (SELECT count(*)::int FROM "TierChange" h WHERE h."opportunityId" = o.id) AS h,
            (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = o.id::text) AS a
       FROM "Opportunity" o WHERE o.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id as string, r as { version: number; tier: number; h: number; a: number }]));
}

export async function runLoad(
  c: pg.Client,
  instances: Instance[],
  tokens: { admin: string; vrb: string; clients: string[] },
  opts: { clients: number; seconds: number; hot: number; log: (s: string) => void },
): Promise<LoadResult> {
  const { rows: cand } = await c.query(
    `SELECT id, tier FROM "Opportunity" WHERE outcome = 'OPEN' AND tier BETWEEN 1 AND 3 ORDER BY "updatedAt" DESC LIMIT $1`,
    [opts.hot * 3],
  );
  // keep the deals a down-and-back-up move works on (their facts meet their own tier's entry rules)
  const hot: Hot[] = [];
  for (const o of cand) {
    if (hot.length >= opts.hot) break;
    const base = instances[0]!.base;
    const get = async () =>
      (await (await fetch(`${base}/api/v1/opportunities/${o.id}`, { headers: auth(tokens.admin) })).json()) as { version: number };
    const down = await fetch(`${base}/api/v1/opportunities/${o.id}/tier`, {
      method: 'POST',
      headers: auth(tokens.admin),
      body: JSON.stringify({ to: o.tier + 1, reason: 'proof: probe', version: (await get()).version }),
    });
    if (down.status !== 200) continue;
    const up = await fetch(`${base}/api/v1/opportunities/${o.id}/tier`, {
      method: 'POST',
      headers: auth(tokens.admin),
      body: JSON.stringify({ to: o.tier, version: (await get()).version }),
    });
    if (up.status === 200) hot.push({ id: o.id, base: o.tier, v0: 0, h0: 0, a0: 0, patches: 0, moves: 0 });
  }
  if (!hot.length) throw new Error('no opportunity can move down and back up');
  const s0 = await state(
    c,
    hot.map((h) => h.id),
  );
  for (const h of hot) Object.assign(h, { v0: s0.get(h.id)!.version, h0: s0.get(h.id)!.h, a0: s0.get(h.id)!.a });
  const { rows: rv } = await c.query(`SELECT r.id FROM "VrbReview" r WHERE r.status = 'SCHEDULED' ORDER BY r."scheduledAt" DESC LIMIT 1`);
  const reviewId: string | undefined = rv[0]?.id;
  const f0 = reviewId ? (await c.query(`SELECT count(*)::int AS n FROM "VrbFinding" WHERE "reviewId" = $1`, [reviewId])).rows[0].n : 0;
  const fa0 = (await c.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityType" = 'VrbFinding'`)).rows[0].n as number;
  opts.log(`load: ${hot.length} hot deals, review for findings: ${reviewId ?? 'none'}; ${opts.clients} clients × ${opts.seconds} s`);

  const lat: Record<Op, number[]> = { patch: [], tier: [], finding: [] };
  const ops: LoadResult['ops'] = {
    patch: { ok: 0, conflict: 0, other: 0, p50: 0, p95: 0 },
    tier: { ok: 0, conflict: 0, other: 0, p50: 0, p95: 0 },
    finding: { ok: 0, conflict: 0, other: 0, p50: 0, p95: 0 },
  };
  const byStatus: Record<string, number> = {};
  let requests = 0;
  const deadline = Date.now() + opts.seconds * 1000;
  const call = async (op: Op | 'read', url: string, init: RequestInit) => {
    const t = performance.now();
    let status = 0;
    let body: unknown = null;
    try {
      const r = await fetch(url, init);
      status = r.status;
      body = await r.json().catch(() => null);
    } catch {
      status = 599; // connection refused/reset: counted as a server failure
    }
    requests++;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (op !== 'read') {
      lat[op].push(performance.now() - t);
      if (status >= 200 && status < 300) ops[op].ok++;
      else if (status === 409) ops[op].conflict++;
      else ops[op].other++;
    }
    return { status, body: body as Record<string, unknown> | null };
  };

  // each client is its own user (the API's per-user rate limit is for one person, not fifty)
  const client = async (k: number) => {
    const mine = tokens.clients[k % tokens.clients.length] ?? tokens.admin;
    let n = 0;
    while (Date.now() < deadline) {
      const inst = instances[(k + n++) % instances.length]!; // alternate instances request by request
      const r = Math.random();
      if (r < 0.15 && reviewId) {
        await call('finding', `${inst.base}/api/v1/vrb-reviews/${reviewId}/findings`, {
          method: 'POST',
          headers: auth(tokens.vrb),
          body: JSON.stringify({ domain: 'FINANCE', issue: `proof finding ${k}/${n}`, severity: 'LOW', requiredFix: 'check' }),
        });
        continue;
      }
      const h = hot[Math.floor(Math.random() * hot.length)]!;
      const cur = await call('read', `${inst.base}/api/v1/opportunities/${h.id}`, { headers: auth(mine) });
      const version = cur.body?.version as number;
      const tier = cur.body?.tier as number;
      if (r < 0.6) {
        const res = await call('patch', `${inst.base}/api/v1/opportunities/${h.id}`, {
          method: 'PATCH',
          headers: auth(mine),
          body: JSON.stringify({ version, nextStep: `proof ${k}/${n}` }),
        });
        if (res.status === 200) h.patches++;
      } else {
        const down = tier === h.base;
        const res = await call('tier', `${inst.base}/api/v1/opportunities/${h.id}/tier`, {
          method: 'POST',
          headers: auth(mine),
          body: JSON.stringify(down ? { to: h.base + 1, reason: `proof ${k}/${n}`, version } : { to: h.base, version }),
        });
        if (res.status === 200) h.moves++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, k) => client(k)));

  const s1 = await state(
    c,
    hot.map((h) => h.id),
  );
  let versionIncrements = 0;
  let historyRows = 0;
  let auditRows = 0;
  let writes = 0;
  for (const h of hot) {
    const s = s1.get(h.id)!;
    versionIncrements += s.version - h.v0;
    historyRows += s.h - h.h0;
    auditRows += s.a - h.a0;
    writes += h.patches + h.moves;
  }
  const findingRows = reviewId
    ? (await c.query(`SELECT count(*)::int AS n FROM "VrbFinding" WHERE "reviewId" = $1`, [reviewId])).rows[0].n - f0
    : 0;
  const findingAudit = (await c.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityType" = 'VrbFinding'`)).rows[0].n - fa0;
  for (const op of Object.keys(lat) as Op[]) Object.assign(ops[op], { p50: percentile(lat[op], 50), p95: percentile(lat[op], 95) });
  const moves = hot.reduce((n, h) => n + h.moves, 0);
  const fiveXx = Object.entries(byStatus).reduce((n, [s, c2]) => n + (Number(s) >= 500 ? c2 : 0), 0);
  const refusalsNot409 = ops.patch.other + ops.tier.other + ops.finding.other;
  const agree =
    versionIncrements === writes &&
    historyRows === moves &&
    auditRows === writes &&
    findingRows === ops.finding.ok &&
    findingAudit === ops.finding.ok;
  return {
    clients: opts.clients,
    seconds: opts.seconds,
    hot: hot.length,
    requests,
    byStatus,
    ops,
    writes: writes + ops.finding.ok,
    conflicts: ops.patch.conflict + ops.tier.conflict + ops.finding.conflict,
    refusalsNot409,
    fiveXx,
    versionIncrements,
    historyRows,
    auditRows: auditRows + findingAudit,
    findingRows,
    lostUpdates: writes - versionIncrements,
    agree,
  };
}
