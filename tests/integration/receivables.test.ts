// Over 400 lines on purpose: the payment-milestone lifecycle through its routes on shared won deals
// (add, schedule limits, invoice, collect, edit, delete, refusals, the receivables list).
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Role } from '@/lib/auth/permissions';
import { runAction } from '@/lib/server/action';
import { addMilestone, collectMilestone, receivablesSummary } from '@/lib/server/commands/receivables';
import { addDays, koreaToday } from '@/lib/domain/time/korea';
import { addMilestoneSchema, collectMilestoneSchema } from '@/lib/validation/receivables';
import { GET as listRoute } from '@/app/api/v1/receivables/route';
import { POST as addRoute } from '@/app/api/v1/opportunities/[id]/payment-milestones/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '@/app/api/v1/payment-milestones/[id]/route';
import { POST as collectRoute } from '@/app/api/v1/payment-milestones/[id]/collect/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as exportCsv } from '@/app/(app)/receivables/export/route';
import { callApi, type ApiCall } from '../setup/api-contract';
import { createAccount, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

type Handler = Parameters<typeof callApi>[0];
const call = (handler: Handler, token: string, url: string, opts: Omit<ApiCall, 'token'> = {}) =>
  callApi(handler, url, { ...opts, token, headers: { 'accept-language': 'ko-KR' } });
const add = (token: string, oppId: string, body: unknown) =>
  call(addRoute, token, `/api/v1/opportunities/${oppId}/payment-milestones`, { method: 'POST', body, params: { id: oppId } });
const patch = (token: string, id: string, body: unknown) =>
  call(patchRoute, token, `/api/v1/payment-milestones/${id}`, { method: 'PATCH', body, params: { id } });
const del = (token: string, id: string, version: number) =>
  call(deleteRoute, token, `/api/v1/payment-milestones/${id}?version=${version}`, { method: 'DELETE', params: { id } });
const collect = (token: string, id: string, body: unknown) =>
  call(collectRoute, token, `/api/v1/payment-milestones/${id}/collect`, { method: 'POST', body, params: { id } });
const list = (token: string, qs: string) => call(listRoute, token, `/api/v1/receivables?${qs}`);

const today = () => koreaToday(new Date());

async function wonDeal(ownerId: string, contract: string | null = '1000000000', accountId?: string) {
  const o = await createOpportunity({ ownerId, tier: 0, outcome: 'WON', accountId });
  return db.opportunity.update({ where: { id: o.id }, data: { contractAmount: contract, lastOpenTier: 1, closedAt: new Date() } });
}
const milestones = () => db.paymentMilestone.count();
const audits = () => db.auditLog.count({ where: { entityType: 'PaymentMilestone' } });

describe('POST /api/v1/opportunities/{id}/payment-milestones', () => {
  test('a rep adds 착수금 to their won deal → 201 with status, sequence and version; one audit row', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id);
    const token = await tokenFor(rep.id);
    const r = await add(token, deal.id, { kind: 'DOWN_PAYMENT', amount: '300,000,000', dueDate: addDays(today(), -3) });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      opportunityId: deal.id,
      kind: 'DOWN_PAYMENT',
      sequence: 1,
      amount: '300000000',
      status: 'OVERDUE',
      daysOverdue: 3,
      outstanding: '300000000',
      version: 1,
      collectedAt: null,
    });
    const second = await add(token, deal.id, { kind: 'INTERIM', amount: 400000000, dueDate: addDays(today(), 60) });
    const third = await add(token, deal.id, { kind: 'INTERIM', amount: '100000000', dueDate: addDays(today(), 90) });
    expect([second.json.sequence, third.json.sequence, third.json.status]).toEqual([1, 2, 'UPCOMING']);
    const rows = await db.auditLog.findMany({ where: { entityType: 'PaymentMilestone', entityId: r.json.id } });
    expect(rows.map((a) => [a.action, a.actorId])).toEqual([['receivable.milestone.create', rep.id]]);
  });

  test('bad input → 400 with fields; nothing written', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id);
    const token = await tokenFor(rep.id);
    const r = await add(token, deal.id, { kind: 'DEPOSIT', amount: '12abc', dueDate: '2026-13-40' });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('VALIDATION');
    expect(r.json.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['amount', 'dueDate', 'kind']);
    const unknown = await add(token, deal.id, { kind: 'BALANCE', amount: '1', dueDate: '2027-01-01', collectedAt: '2027-01-01' });
    expect(unknown.status).toBe(400);
    const zero = await add(token, deal.id, { kind: 'BALANCE', amount: '0', dueDate: '2027-01-01' });
    expect(zero.status).toBe(400);
    expect(zero.json.error.fields).toEqual([{ path: 'amount', message: '금액은 0보다 커야 합니다.' }]);
    expect(await milestones()).toBe(0);
  });

  test('a deal that is not won → 422; a schedule over the contract amount → 422 naming the amounts; nothing written', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const token = await tokenFor(rep.id);
    const open = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const lost = await createOpportunity({ ownerId: rep.id, tier: 0, outcome: 'LOST' });
    for (const o of [open, lost]) {
      const r = await add(token, o.id, { kind: 'DOWN_PAYMENT', amount: '1', dueDate: '2027-01-01' });
      expect(r.status).toBe(422);
      expect(r.json.error.message).toBe('수주한 사업기회에만 지급 일정을 등록할 수 있습니다.');
    }
    const deal = await wonDeal(rep.id, '1000000000');
    expect((await add(token, deal.id, { kind: 'DOWN_PAYMENT', amount: '600000000', dueDate: '2027-01-01' })).status).toBe(201);
    const over = await add(token, deal.id, { kind: 'BALANCE', amount: '400000001', dueDate: '2027-06-01' });
    expect(over.status).toBe(422);
    expect(over.json.error.fields[0].path).toBe('amount');
    expect(over.json.error.message).toContain('10억원');
    expect((await add(token, deal.id, { kind: 'BALANCE', amount: '400000000', dueDate: '2027-06-01' })).status).toBe(201);
    expect(await milestones()).toBe(2);
  });

  test('two editors adding at once cannot together exceed the contract (the deal row is locked)', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id, '100');
    const s = sessionFor(rep);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => addMilestone(db, s, { opportunityId: deal.id, kind: 'INTERIM', amount: '60', dueDate: '2027-01-01' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await milestones()).toBe(1);
  });

  test("someone else's deal → 403 (they read it); the owner's manager and an admin may; role × action for every write endpoint", async () => {
    const manager = await createUser({ roles: ['SALES_MANAGER'] });
    const rep = await createUser({ roles: ['SALES_REP'], managerId: manager.id });
    const otherRep = await createUser({ roles: ['SALES_REP'] });
    const otherManager = await createUser({ roles: ['SALES_MANAGER'] });
    const admin = await createUser({ roles: ['ADMIN'] });
    const deal = await wonDeal(rep.id);
    const body = { kind: 'INTERIM', amount: '1000', dueDate: '2027-01-01' };
    const seed = (await add(await tokenFor(rep.id), deal.id, body)).json;

    for (const u of [otherRep, otherManager]) {
      const t = await tokenFor(u.id);
      const before = [await milestones(), await audits()];
      expect((await add(t, deal.id, body)).status, 'add').toBe(403);
      expect((await patch(t, seed.id, { amount: '5', version: 1 })).status, 'patch').toBe(403);
      expect((await collect(t, seed.id, { collectedAmount: '1000', collectedOn: today(), version: 1 })).status, 'collect').toBe(403);
      expect((await del(t, seed.id, 1)).status, 'delete').toBe(403);
      expect([await milestones(), await audits()]).toEqual(before);
    }
    expect((await add(await tokenFor(manager.id), deal.id, body)).status).toBe(201);
    expect((await add(await tokenFor(admin.id), deal.id, body)).status).toBe(201);

    // every role without receivable:edit is refused before anything is read; nothing written
    for (const role of ROLES.filter((r) => !can([r], 'receivable:edit'))) {
      const u = await createUser({ roles: [role as Role] });
      const t = await tokenFor(u.id);
      const before = [await milestones(), await audits()];
      expect((await add(t, deal.id, body)).status, `${role} add`).toBe(403);
      expect((await patch(t, seed.id, { amount: '5', version: 1 })).status, `${role} patch`).toBe(403);
      expect((await collect(t, seed.id, { collectedAmount: '1', collectedOn: today(), version: 1 })).status, `${role} collect`).toBe(403);
      expect((await del(t, seed.id, 1)).status, `${role} delete`).toBe(403);
      expect((await list(t, 'status=all')).status, `${role} reads`).toBe(200);
      expect([await milestones(), await audits()]).toEqual(before);
    }
  });

  test('the page action runs the same command: a rep adds; an executive is refused', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const deal = await wonDeal(rep.id);
    const input = { opportunityId: deal.id, kind: 'BALANCE', amount: '700000000', dueDate: '2027-03-31' };
    const ok = await runAction(
      sessionFor(rep),
      { schema: addMilestoneSchema, permission: 'receivable:edit' },
      input,
      ({ session, input }) => addMilestone(db, session, input),
    );
    expect(ok).toMatchObject({ ok: true, data: { kind: 'BALANCE', amount: '700000000' } });
    const no = await runAction(
      sessionFor(exec),
      { schema: addMilestoneSchema, permission: 'receivable:edit' },
      input,
      ({ session, input }) => addMilestone(db, session, input),
    );
    expect(no).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await milestones()).toBe(1);
  });
});

test('the write commands themselves refuse a role without receivable:edit (not only their wrappers); nothing written', async () => {
  const rep = await createUser({ roles: ['SALES_REP'] });
  const deal = await wonDeal(rep.id);
  const m = await addMilestone(
    db,
    sessionFor(rep),
    addMilestoneSchema.parse({ opportunityId: deal.id, kind: 'DOWN_PAYMENT', amount: '100000000', dueDate: today() }),
  );
  const before = [await milestones(), await audits()];
  for (const role of ROLES.filter((r) => !can([r], 'receivable:edit'))) {
    const s = sessionFor(await createUser({ roles: [role] }));
    await expect(
      addMilestone(db, s, addMilestoneSchema.parse({ opportunityId: deal.id, kind: 'BALANCE', amount: '1', dueDate: today() })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      collectMilestone(db, s, collectMilestoneSchema.parse({ id: m.id, collectedAmount: '1', collectedOn: today(), version: m.version })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
  expect([await milestones(), await audits()]).toEqual(before);
});

describe('PATCH / DELETE /api/v1/payment-milestones/{id}', () => {
  test('edit with the current version → 200, version +1; a stale version → 409 with the current milestone, nothing overwritten', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id);
    const token = await tokenFor(rep.id);
    const m = (await add(token, deal.id, { kind: 'INTERIM', amount: '100000000', dueDate: '2027-01-31' })).json;
    const r = await patch(token, m.id, { amount: '250000000', dueDate: '2027-02-28', version: 1 });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ amount: '250000000', dueDate: '2027-02-28', version: 2 });
    const stale = await patch(token, m.id, { amount: '1', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ id: m.id, amount: '250000000', version: 2 });
    expect((await db.paymentMilestone.findUniqueOrThrow({ where: { id: m.id } })).amount.toString()).toBe('250000000');
    // the edited schedule is checked against the contract too (the edited row replaces its old amount)
    expect((await patch(token, m.id, { amount: '1000000000', version: 2 })).status).toBe(200);
    expect((await patch(token, m.id, { amount: '1000000000.01', version: 3 })).status).toBe(422);
    expect((await patch(token, m.id, { version: 'x' })).status).toBe(400);
  });

  test('an amount below what was already collected is refused; delete with the version → 200, stale → 409', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id);
    const token = await tokenFor(rep.id);
    const m = (await add(token, deal.id, { kind: 'DOWN_PAYMENT', amount: '300', dueDate: '2026-01-31' })).json;
    expect((await collect(token, m.id, { collectedAmount: '200', collectedOn: today(), version: 1 })).status).toBe(200);
    const below = await patch(token, m.id, { amount: '150', version: 2 });
    expect(below.status).toBe(422);
    expect(below.json.error.fields[0].path).toBe('amount');
    expect((await del(token, m.id, 1)).status).toBe(409);
    expect(await milestones()).toBe(1);
    const d = await del(token, m.id, 2);
    expect(d).toMatchObject({ status: 200, json: { id: m.id, deleted: true } });
    expect(await milestones()).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: m.id, action: 'receivable.milestone.delete' } })).toBe(1);
  });
});

describe('POST /api/v1/payment-milestones/{id}/collect', () => {
  test('partial, then full, then undo; over the amount and a future date → 422', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const deal = await wonDeal(rep.id);
    const token = await tokenFor(rep.id);
    const m = (await add(token, deal.id, { kind: 'DOWN_PAYMENT', amount: '300000000', dueDate: addDays(today(), -10) })).json;
    const part = await collect(token, m.id, { collectedAmount: '100000000', collectedOn: addDays(today(), -1), version: 1 });
    expect(part.json).toMatchObject({
      status: 'OVERDUE',
      outstanding: '200000000',
      collectedAmount: '100000000',
      collectedAt: null,
      version: 2,
    });
    expect((await collect(token, m.id, { collectedAmount: '300000000.01', collectedOn: today(), version: 2 })).json.error.fields).toEqual([
      { path: 'collectedAmount', message: '수금액은 지급 금액(3억원)을 넘을 수 없습니다.' },
    ]);
    expect((await collect(token, m.id, { collectedAmount: '300000000', collectedOn: addDays(today(), 1), version: 2 })).status).toBe(422);
    const full = await collect(token, m.id, { collectedAmount: '300000000', collectedOn: today(), version: 2 });
    expect(full.json).toMatchObject({ status: 'COLLECTED', outstanding: '0', version: 3 });
    expect(koreaToday(new Date(full.json.collectedAt))).toBe(today());
    expect((await collect(token, m.id, { collectedAmount: '300000000', collectedOn: today(), version: 2 })).status).toBe(409);
    const undo = await collect(token, m.id, { collectedAmount: '0', collectedOn: today(), version: 3 });
    expect(undo.json).toMatchObject({ status: 'OVERDUE', collectedAmount: null, collectedAt: null });
    const a = await db.auditLog.findMany({ where: { entityId: m.id, action: 'receivable.milestone.collect' }, orderBy: { at: 'asc' } });
    expect(a.map((x) => (x.after as { collectedOn: string }).collectedOn)).toEqual([addDays(today(), -1), today(), today()]);
  });
});

describe('GET /api/v1/receivables', () => {
  async function fixture() {
    const manager = await createUser({ roles: ['SALES_MANAGER'] });
    const rep = await createUser({ roles: ['SALES_REP'], managerId: manager.id });
    const other = await createUser({ roles: ['SALES_REP'] });
    const acct = await createAccount({ name: '한빛제조' });
    const d1 = await wonDeal(rep.id, '10000000000', acct.id);
    const d2 = await wonDeal(other.id, '10000000000');
    const s = sessionFor(rep);
    const so = sessionFor(other);
    const ids: Record<string, string> = {};
    // 7 overdue (two share a due date), 1 due soon, 1 upcoming, 1 collected, 1 partial overdue
    for (const [k, days] of [
      ['a', -1],
      ['b', -15],
      ['c', -15],
      ['d', -45],
      ['e', -75],
      ['f', -120],
      ['g', -200],
    ] as const) {
      ids[k] = (
        await addMilestone(db, k < 'e' ? s : so, {
          opportunityId: k < 'e' ? d1.id : d2.id,
          kind: 'INTERIM',
          amount: '100000000',
          dueDate: addDays(today(), days),
        })
      ).id;
    }
    ids.due = (await addMilestone(db, s, { opportunityId: d1.id, kind: 'BALANCE', amount: '50000000', dueDate: addDays(today(), 5) })).id;
    ids.up = (await addMilestone(db, s, { opportunityId: d1.id, kind: 'BALANCE', amount: '50000000', dueDate: addDays(today(), 200) })).id;
    const done = await addMilestone(db, s, {
      opportunityId: d1.id,
      kind: 'DOWN_PAYMENT',
      amount: '70000000',
      dueDate: addDays(today(), -300),
    });
    await collectMilestone(db, s, { id: done.id, collectedAmount: '70000000', collectedOn: addDays(today(), -290), version: 1 });
    ids.done = done.id;
    const part = await addMilestone(db, so, {
      opportunityId: d2.id,
      kind: 'DOWN_PAYMENT',
      amount: '80000000',
      dueDate: addDays(today(), -10),
    });
    await collectMilestone(db, so, { id: part.id, collectedAmount: '30000000', collectedOn: addDays(today(), -9), version: 1 });
    ids.part = part.id;
    // a milestone on an open deal (a VRB planned schedule) is not a receivable
    const open = await createOpportunity({ ownerId: rep.id, tier: 2 });
    await db.paymentMilestone.create({
      data: { opportunityId: open.id, kind: 'DOWN_PAYMENT', amount: 1, dueDate: new Date(`${addDays(today(), -5)}T00:00:00Z`) },
    });
    return { manager, rep, other, acct, d1, d2, ids };
  }

  test('keyset pages of 3 cover every overdue row exactly once, oldest due first; an executive reads', async () => {
    const f = await fixture();
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const token = await tokenFor(exec.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: { status: number; json: { items: { id: string; dueDate: string; status: string }[]; nextCursor: string | null } } =
        await list(token, `status=overdue&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.json.items.every((i) => i.status === 'OVERDUE')).toBe(true);
      seen.push(...r.json.items.map((i) => i.id));
      cursor = r.json.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const expected = ['g', 'f', 'e', 'd', 'b', 'c', 'part', 'a'].map((k) => f.ids[k]!);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(8);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(seen[0]).toBe(f.ids.g);
    expect(seen.at(-1)).toBe(f.ids.a);
    expect(pages).toBe(3);
  });

  test('status, owner, team and account filters; a bad cursor or filter → 400', async () => {
    const f = await fixture();
    const token = await tokenFor(f.rep.id);
    const ids = async (qs: string, t = token) =>
      ((await list(t, `${qs}&limit=200`)).json.items as { id: string }[]).map((i) => i.id).sort();
    expect(await ids('status=due')).toEqual([f.ids.due].sort());
    expect((await ids('status=outstanding')).length).toBe(10);
    expect((await ids('status=all')).length).toBe(11);
    expect(await ids('status=overdue&owner=me')).toEqual([f.ids.a, f.ids.b, f.ids.c, f.ids.d].sort());
    expect(await ids(`status=overdue&owner=${f.other.id}`)).toEqual([f.ids.e, f.ids.f, f.ids.g, f.ids.part].sort());
    expect(await ids('status=overdue&team=mine', await tokenFor(f.manager.id))).toEqual([f.ids.a, f.ids.b, f.ids.c, f.ids.d].sort());
    expect(await ids(`status=all&account=${f.acct.id}`)).toEqual(
      [f.ids.a, f.ids.b, f.ids.c, f.ids.d, f.ids.due, f.ids.up, f.ids.done].sort(),
    );
    const item = (await list(token, `status=overdue&owner=me&limit=1`)).json.items[0];
    expect(item).toMatchObject({
      id: f.ids.d,
      amount: '100000000',
      opportunityId: f.d1.id,
      accountName: '한빛제조',
      ownerId: f.rep.id,
      daysOverdue: 45,
    });
    expect((await list(token, 'cursor=bm9wZQ')).status).toBe(400);
    expect((await list(token, 'status=late')).status).toBe(400);
    expect((await list(token, 'limit=0')).status).toBe(400);
  });

  test('summary: exact outstanding and overdue totals with aging buckets', async () => {
    const f = await fixture();
    const s = await receivablesSummary(db, sessionFor(f.rep), {});
    expect(s).toEqual({
      totalOutstanding: '850000000', // 7×1억 + 0.5억×2 + 0.5억 (partial remainder)
      outstandingCount: 10,
      overdueAmount: '750000000',
      overdueCount: 8,
      buckets: [
        { bucket: '0-30', amount: '350000000', count: 4 },
        { bucket: '31-60', amount: '100000000', count: 1 },
        { bucket: '61-90', amount: '100000000', count: 1 },
        { bucket: '90+', amount: '200000000', count: 2 },
      ],
    });
    expect((await receivablesSummary(db, sessionFor(f.rep), { owner: 'me' })).overdueAmount).toBe('400000000');
  });
});

test('CSV export: the filtered list, formulas neutralised, BOM for Excel', async () => {
  const rep = await createUser({ roles: ['SALES_REP'], name: '=cmd|calc' });
  const deal = await wonDeal(rep.id);
  await db.opportunity.update({ where: { id: deal.id }, data: { name: '=HYPERLINK("http://evil")' } });
  await addMilestone(db, sessionFor(rep), {
    opportunityId: deal.id,
    kind: 'DOWN_PAYMENT',
    amount: '300000000',
    dueDate: addDays(today(), -40),
  });
  await addMilestone(db, sessionFor(rep), { opportunityId: deal.id, kind: 'BALANCE', amount: '700000000', dueDate: addDays(today(), 100) });
  const exec = await createUser({ roles: ['EXECUTIVE'] });
  const res = await exportCsv(
    new NextRequest('http://localhost/receivables/export?status=overdue', {
      headers: { authorization: `Bearer ${await tokenFor(exec.id)}`, 'accept-language': 'ko-KR' },
    }),
    { params: Promise.resolve({}) },
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
  expect(lines).toHaveLength(2); // header + the one overdue milestone
  expect(lines[0]).toContain('사업기회');
  expect(lines[1]).toBe(
    `"'=HYPERLINK(""http://evil"")",${deal.accountId ? (await db.account.findUniqueOrThrow({ where: { id: deal.accountId } })).name : ''},'=cmd|calc,착수금,1,300000000,300000000,${addDays(today(), -40)},연체,40`,
  );
});

test('OpenAPI lists the receivables operations', async () => {
  const doc = await (await openapi()).json();
  expect(Object.keys(doc.paths['/api/v1/payment-milestones/{id}']).sort()).toEqual(['delete', 'patch']);
  expect(doc.paths['/api/v1/receivables'].get).toBeTruthy();
  expect(doc.paths['/api/v1/opportunities/{id}/payment-milestones'].post).toBeTruthy();
  expect(doc.paths['/api/v1/payment-milestones/{id}/collect'].post).toBeTruthy();
});
