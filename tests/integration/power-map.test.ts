import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import * as mapRoute from '@/app/api/v1/opportunities/[id]/power-map/route';
import * as personRoute from '@/app/api/v1/opportunities/[id]/power-map/[contactId]/route';
import * as accountMapRoute from '@/app/api/v1/accounts/[id]/power-map/route';
import { GET as exportMap } from '@/app/api/v1/opportunities/[id]/power-map/export/route';
import { GET as exportAccountMap } from '@/app/api/v1/accounts/[id]/power-map/export/route';
import { updatePowerMapPerson } from '@/lib/server/commands/power-map';
import { callApi } from '../setup/api-contract';
import { createAccount, createContact, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

async function deal() {
  const rep = await createUser({ roles: ['SALES_REP'] });
  const account = await createAccount({ name: '한빛전자' });
  const opp = await createOpportunity({ ownerId: rep.id, accountId: account.id, tier: 3 });
  return { rep, account, opp, token: await tokenFor(rep.id) };
}
const patch = (token: string, oppId: string, contactId: string, body: unknown) =>
  callApi(personRoute.PATCH, `/api/v1/opportunities/${oppId}/power-map/${contactId}`, {
    method: 'PATCH',
    token,
    body,
    params: { id: oppId, contactId },
  });

describe('power map API', () => {
  test('add people, set manager, stance, power, role and owner; GET agrees; audit rows written', async () => {
    const { rep, opp, token } = await deal();
    const boss = await callApi(mapRoute.POST, `/api/v1/opportunities/${opp.id}/power-map`, {
      method: 'POST',
      token,
      body: { name: '김상무', title: '상무', stance: 'SUPPORTER', power: 5, powerRole: 'DECISION_MAKER' },
      params: { id: opp.id },
    });
    expect(boss.status).toBe(201);
    const staff = await callApi(mapRoute.POST, `/api/v1/opportunities/${opp.id}/power-map`, {
      method: 'POST',
      token,
      body: { name: '이과장', reportsToId: boss.json.contactId, relationshipOwnerId: rep.id },
      params: { id: opp.id },
    });
    expect(staff.status).toBe(201);
    expect(staff.json).toMatchObject({ reportsToId: boss.json.contactId, reportsToName: '김상무', relationshipOwnerName: rep.name });

    const edited = await patch(token, opp.id, staff.json.contactId, { version: 1, stance: 'OPPONENT', power: 2, powerRole: 'GATEKEEPER' });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ stance: 'OPPONENT', power: 2, powerRole: 'GATEKEEPER', version: 2 });

    const got = await callApi(mapRoute.GET, `/api/v1/opportunities/${opp.id}/power-map`, { token, params: { id: opp.id } });
    expect(got.status).toBe(200);
    expect(got.json.people.map((p: { name: string; reportsToName: string | null }) => [p.name, p.reportsToName])).toEqual([
      ['김상무', null],
      ['이과장', '김상무'],
    ]);
    const audits = await db.auditLog.findMany({ where: { action: { startsWith: 'contact.powerMap' } }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['contact.powerMap.add', 'contact.powerMap.add', 'contact.powerMap.update']);
  });

  test('a reports-to cycle is refused with 422 naming the chain; nothing written', async () => {
    const { account, opp, token } = await deal();
    const a = await createContact({ accountId: account.id, name: '갑', opportunityIds: [opp.id] });
    const b = await createContact({ accountId: account.id, name: '을', opportunityIds: [opp.id], reportsToId: a.id });
    const c = await createContact({ accountId: account.id, name: '병', opportunityIds: [opp.id], reportsToId: b.id });
    const r = await patch(token, opp.id, a.id, { version: 1, reportsToId: c.id });
    expect(r.status).toBe(422);
    expect(r.json.error.message).toContain('갑 → 병 → 을 → 갑');
    expect(r.json.error.details.path).toEqual([a.id, c.id, b.id, a.id]);
    expect((await db.contact.findUniqueOrThrow({ where: { id: a.id } })).reportsToId).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'contact.powerMap.update' } })).toBe(0);
  });

  test.each([
    ['power 0', { power: 0 }, 'power'],
    ['power 6', { power: 6 }, 'power'],
    ['power 2.5', { power: 2.5 }, 'power'],
    ['self as manager', 'self', 'reportsToId'],
    ['manager on another account', 'foreign', 'reportsToId'],
    ['unknown field', { colour: 'red' }, null],
  ])('bad input: %s → 400', async (_, body, field) => {
    const { account, opp, token } = await deal();
    const p = await createContact({ accountId: account.id, opportunityIds: [opp.id] });
    const other = await createContact({ accountId: (await createAccount()).id });
    const b: Record<string, unknown> =
      body === 'self' ? { reportsToId: p.id } : body === 'foreign' ? { reportsToId: other.id } : (body as Record<string, unknown>);
    const r = await patch(token, opp.id, p.id, { version: 1, ...b });
    expect(r.status).toBe(400);
    if (field) expect(r.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect((await db.contact.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(1);
  });

  test('a stale version → 409 with the current person', async () => {
    const { account, opp, token } = await deal();
    const p = await createContact({ accountId: account.id, opportunityIds: [opp.id] });
    expect((await patch(token, opp.id, p.id, { version: 1, power: 3 })).status).toBe(200);
    const r = await patch(token, opp.id, p.id, { version: 1, power: 4 });
    expect(r.status).toBe(409);
    expect(r.json.current).toMatchObject({ contactId: p.id, power: 3, version: 2 });
  });

  test("another rep's deal → 403 (readable, not theirs); a person not on this deal → 404; an executive may read but not edit", async () => {
    const { account, opp } = await deal();
    const p = await createContact({ accountId: account.id, opportunityIds: [opp.id] });
    const notOnDeal = await createContact({ accountId: account.id });
    const other = await createUser({ roles: ['SALES_REP'] });
    expect((await patch(await tokenFor(other.id), opp.id, p.id, { version: 1, power: 3 })).status).toBe(403);
    const owner = await db.opportunity.findUniqueOrThrow({ where: { id: opp.id }, select: { ownerId: true } });
    expect((await patch(await tokenFor(owner.ownerId), opp.id, notOnDeal.id, { version: 1, power: 3 })).status).toBe(404);
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const execToken = await tokenFor(exec.id);
    expect((await patch(execToken, opp.id, p.id, { version: 1, power: 3 })).status).toBe(403);
    expect(
      (await callApi(mapRoute.GET, `/api/v1/opportunities/${opp.id}/power-map`, { token: execToken, params: { id: opp.id } })).status,
    ).toBe(200);
  });

  test('the account map is the union over its deals, each person once', async () => {
    const { rep, account, opp, token } = await deal();
    const opp2 = await createOpportunity({ ownerId: rep.id, accountId: account.id, tier: 4 });
    await createContact({ accountId: account.id, name: '가', opportunityIds: [opp.id, opp2.id] });
    await createContact({ accountId: account.id, name: '나', opportunityIds: [opp2.id] });
    await createContact({ accountId: account.id, name: '다' }); // on no deal
    const r = await callApi(accountMapRoute.GET, `/api/v1/accounts/${account.id}/power-map`, { token, params: { id: account.id } });
    expect(r.status).toBe(200);
    expect(r.json.people.map((p: { name: string }) => p.name)).toEqual(['가', '나']);
  });

  test('the table exports as CSV (its columns, one row per person) and XLSX; an unknown deal → 404', async () => {
    const { account, opp, token } = await deal();
    const boss = await createContact({ accountId: account.id, name: '김상무', power: 5, stance: 'SUPPORTER', opportunityIds: [opp.id] });
    await createContact({
      accountId: account.id,
      name: '=이과장',
      reportsToId: boss.id,
      power: 2,
      stance: 'OPPONENT',
      opportunityIds: [opp.id],
    });
    const url = `/api/v1/opportunities/${opp.id}/power-map/export`;
    const csv = await callApi(exportMap, `${url}?format=csv&hide=owner`, { token, params: { id: opp.id } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="power-map-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual(['이름,직위,보고 대상,입장,영향력 (1–5),의사결정 역할', "'=이과장,–,김상무,비우호,2,–", '김상무,–,–,우호,5,–']);
    const xlsx = await callApi(exportMap, `${url}?format=xlsx`, { token, params: { id: opp.id } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await callApi(exportMap, `/api/v1/opportunities/${missing}/power-map/export`, { token, params: { id: missing } })).status).toBe(
      404,
    );
    const acc = await callApi(exportAccountMap, `/api/v1/accounts/${account.id}/power-map/export?format=csv`, {
      token,
      params: { id: account.id },
    });
    expect(acc.status).toBe(200);
    expect(acc.text).toContain('김상무');
  });

  test('two concurrent edits that would make a loop together: one wins, no cycle stored', async () => {
    const { rep, account, opp } = await deal();
    const a = await createContact({ accountId: account.id, opportunityIds: [opp.id] });
    const b = await createContact({ accountId: account.id, opportunityIds: [opp.id] });
    const s = sessionFor(rep);
    const results = await Promise.allSettled([
      updatePowerMapPerson(db, s, { opportunityId: opp.id, contactId: a.id, version: 1, reportsToId: b.id }),
      updatePowerMapPerson(db, s, { opportunityId: opp.id, contactId: b.id, version: 1, reportsToId: a.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rows = await db.contact.findMany({ where: { id: { in: [a.id, b.id] } }, select: { reportsToId: true } });
    expect(rows.filter((r) => r.reportsToId !== null)).toHaveLength(1);
  });
});
